package org.guanai.health.console;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

@Service
@Command(scope = "health", name = "follow-ups", description = "Lists abnormal findings and referrals whose follow-up is overdue, most overdue first")
public class FollowUps implements Action {

    @Reference
    ScreeningReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    /** Where "today" comes from; a test sets a fixed one. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Page<FollowUpDTO> page = reports.overdueFollowUps(LocalDate.now(clock), divisions.townshipCode("--township", township),
                    Console.page(offset, limit));

            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("check")).number(Labels.col("person")).column(Labels.col("name")).column(Labels.col("township"))
                    .column(Labels.col("checkedOn")).column(Labels.col("followUpDue")).number(Labels.col("daysOverdue"));
            for (FollowUpDTO f : page.items) {
                table.row(f.checkId, f.personId, f.name, names.name(f.townshipCode), f.checkedOn, f.followUpDue,
                        f.daysOverdue);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.overdueFollowUps"));
        });
    }
}
