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
import org.guanai.training.api.DueFollowUpDTO;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.console.support.Labels;

@Service
@Command(scope = "training", name = "follow-ups-due", description = "Lists completed trainees whose 3- or 6-month follow-up is due (到期回访)")
public class FollowUpsDue implements Action {

    @Reference
    FollowUpService followUps;

    @Reference
    DivisionService divisions;

    @Option(name = "--as-of", description = "Due by this day, YYYY-MM-DD (default today)")
    String asOf;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("follow-up query", () -> {
            Page<DueFollowUpDTO> page = followUps.due(Console.parseDate("--as-of", asOf), Console.text(township),
                    Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("enrolment")).number(Labels.col("person"))
                    .column(Labels.col("name")).column(Labels.col("village")).column(Labels.col("course"))
                    .column(Labels.col("ended")).column(Labels.col("round")).column(Labels.col("due"));
            for (DueFollowUpDTO d : page.items) {
                table.row(d.enrolmentId, d.personId, d.personName == null ? "" : d.personName, names.name(d.villageCode),
                        d.courseTitle, d.classEndedOn, Labels.label(d.round), d.dueOn);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.followUpsDue"));
        });
    }
}
