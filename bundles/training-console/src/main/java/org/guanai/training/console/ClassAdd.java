package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;

@Service
@Command(scope = "training", name = "class-add", description = "Opens a class of a course (开设班次)")
public class ClassAdd implements Action {

    @Reference
    TrainingClassService classes;

    @Option(name = "--course", required = true, description = "Course id")
    String course;

    @Option(name = "--site", description = "The registry service site where it is held")
    @Completion(SiteIdCompleter.class)
    String site;

    @Option(name = "--village", description = "Or the village (12 digits)")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--township", description = "Or the township (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--place", description = "The place in words, e.g. 村委会二楼会议室")
    String place;

    @Option(name = "--trainer", required = true, description = "Who teaches it")
    String trainer;

    @Option(name = "--from", required = true, description = "First day, YYYY-MM-DD")
    String from;

    @Option(name = "--to", required = true, description = "Last day, YYYY-MM-DD")
    String to;

    @Option(name = "--capacity", required = true, description = "How many may enrol")
    String capacity;

    @Override
    public Object execute() throws Exception {
        return Console.run("class", () -> {
            TrainingClassDTO c = new TrainingClassDTO();
            c.courseId = Console.parseId("--course", course);
            c.siteId = Console.parseId("--site", site);
            c.villageCode = Console.text(village);
            c.townshipCode = Console.text(township);
            c.place = Console.text(place);
            c.trainer = Console.text(trainer);
            c.startsOn = Console.parseDate("--from", from);
            c.endsOn = Console.parseDate("--to", to);
            Integer n = Console.parseInt("--capacity", capacity);
            c.capacity = n == null ? 0 : n;
            TrainingClassDTO created = classes.create(c);
            System.out.println(Labels.say("class.opened", created.id, created.courseTitle, created.startsOn,
                    created.endsOn));
        });
    }
}
