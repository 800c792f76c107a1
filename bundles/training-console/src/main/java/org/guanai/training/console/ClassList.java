package org.guanai.training.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassQuery;
import org.guanai.training.api.TrainingClassService;
import org.guanai.training.console.support.Labels;

@Service
@Command(scope = "training", name = "class-list", description = "Lists classes (列出班次)")
public class ClassList implements Action {

    @Reference
    TrainingClassService classes;

    @Reference
    DivisionService divisions;

    @Option(name = "--course", description = "Course id")
    String course;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--year", description = "Classes starting in this year")
    String year;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("class query", () -> {
            TrainingClassQuery q = new TrainingClassQuery();
            q.courseId = Console.parseId("--course", course);
            q.townshipCode = Console.text(township);
            q.year = Console.parseYear("--year", year);
            Page<TrainingClassDTO> page = classes.list(q, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("course"))
                    .column(Labels.col("township")).column(Labels.col("place")).column(Labels.col("trainer"))
                    .column(Labels.col("from")).column(Labels.col("to")).number(Labels.col("enrolled"))
                    .number(Labels.col("capacity"));
            for (TrainingClassDTO c : page.items) {
                table.row(c.id, c.courseTitle, names.name(c.townshipCode), c.place == null ? "" : c.place, c.trainer,
                        c.startsOn, c.endsOn, c.enrolled, c.capacity);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.classes"));
        });
    }
}
