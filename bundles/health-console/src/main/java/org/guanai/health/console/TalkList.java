package org.guanai.health.console;

import java.util.HashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.api.TalkService;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.completers.WomanIdCompleter;

@Service
@Command(scope = "health", name = "talk-list", description = "Lists maternal and child health talks (妇幼保健讲座)")
public class TalkList implements Action {

    @Reference
    TalkService talks;

    @Reference
    ServiceSiteService sites;

    @Option(name = "--site", description = "Service site id")
    @Completion(SiteIdCompleter.class)
    String site;

    @Option(name = "--person", description = "Talks this person attended (person id)")
    @Completion(WomanIdCompleter.class)
    String person;

    @Option(name = "--from", description = "Held on or after, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "Held on or before, YYYY-MM-DD")
    String to;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("talk query", () -> {
            TalkQuery query = new TalkQuery();
            query.siteId = Console.parseId("--site", site);
            query.attendeeId = Console.parseId("--person", person);
            query.from = Console.parseDate("--from", from);
            query.to = Console.parseDate("--to", to);
            Page<TalkDTO> page = talks.list(query, Console.page(offset, limit));

            Map<Long, String> siteNames = new HashMap<>();
            Table table = new Table().number(Labels.col("id")).column(Labels.col("heldOn")).column(Labels.col("topic")).column(Labels.col("speaker"))
                    .column(Labels.col("site")).number(Labels.col("registered")).number(Labels.col("headCount"));
            for (TalkDTO t : page.items) {
                table.row(t.id, t.heldOn, t.topic, t.speaker, siteName(siteNames, t.siteId), t.attendeeIds.size(),
                        t.headCount);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.talks"));
        });
    }

    /** The site's name, each looked up once; its id if it is gone. */
    private String siteName(Map<Long, String> names, Long siteId) {
        if (siteId == null) {
            return "";
        }
        return names.computeIfAbsent(siteId, id -> {
            try {
                return sites.get(id).name;
            } catch (NotFoundException e) {
                return String.valueOf(id);
            }
        });
    }
}
