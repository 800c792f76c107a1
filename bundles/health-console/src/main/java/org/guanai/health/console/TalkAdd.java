package org.guanai.health.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkService;
import org.guanai.health.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.completers.WomanIdCompleter;

@Service
@Command(scope = "health", name = "talk-add", description = "Records a maternal and child health talk and who attended")
public class TalkAdd implements Action {

    @Reference
    TalkService talks;

    @Option(name = "--date", required = true, description = "Day it was held, YYYY-MM-DD")
    String date;

    @Option(name = "--topic", required = true, description = "Topic, e.g. 两癌防治知识")
    String topic;

    @Option(name = "--speaker", required = true, description = "Speaker")
    String speaker;

    @Option(name = "--site", description = "Service site id where it was held")
    @Completion(SiteIdCompleter.class)
    String site;

    @Option(name = "--person", multiValued = true, description = "A registered attendee (person id); repeat it or give several separated by commas")
    @Completion(WomanIdCompleter.class)
    List<String> persons;

    @Option(name = "--head-count", description = "Everyone present, registered or not (default: the registered attendees)")
    String headCount;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("talk", () -> {
            TalkDTO t = new TalkDTO();
            t.heldOn = Console.parseDate("--date", date);
            t.topic = Console.text(topic);
            t.speaker = Console.text(speaker);
            t.siteId = Console.parseId("--site", site);
            t.attendeeIds = Console.parseIds("--person", persons);
            Integer count = Console.parseInt("--head-count", headCount);
            t.headCount = count != null ? count : t.attendeeIds.size();
            t.notes = Console.text(notes);
            TalkDTO created = talks.create(t);
            System.out.println(Labels.say("talkAdded", created.id, created.heldOn, created.topic, created.headCount,
                    created.attendeeIds.size()));
        });
    }
}
