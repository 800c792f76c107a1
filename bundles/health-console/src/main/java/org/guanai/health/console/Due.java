package org.guanai.health.console;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

@Service
@Command(scope = "health", name = "due", description = "Lists active left-behind women not yet checked in the year, by village")
public class Due implements Action {

    @Reference
    ScreeningReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--year", description = "Year, YYYY (default this year)")
    String year;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--village", description = "Village: its name (or 乡镇/村) or 12-digit code")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    /** Where "this year" comes from; a test sets a fixed one. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Integer asked = Console.parseYear("--year", year);
            int y = asked != null ? asked : LocalDate.now(clock).getYear();
            Page<DueWomanDTO> page = reports.dueList(y, divisions.townshipCode("--township", township), divisions.villageCode("--village", village),
                    Console.page(offset, limit));

            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("name")).column(Labels.col("village")).column(Labels.col("phone")).column(Labels.col("reason"));
            for (DueWomanDTO w : page.items) {
                table.row(w.personId, w.name, names.name(w.villageCode), w.phone, w.reasonCode == null ? w.reason
                        : Labels.say("due." + w.reasonCode.name(), w.lastCheckYear));
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.womenDue", y));
        });
    }
}
