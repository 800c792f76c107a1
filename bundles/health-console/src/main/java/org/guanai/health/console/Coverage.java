package org.guanai.health.console;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "health", name = "coverage", description = "Screening coverage of active left-behind women by township, with the county last")
public class Coverage implements Action {

    @Reference
    ScreeningReports reports;

    @Option(name = "--year", description = "Year, YYYY (default this year)")
    String year;

    /** Where "this year" comes from; a test sets a fixed one. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Integer asked = Console.parseYear("--year", year);
            CoverageDTO coverage = reports.coverage(asked != null ? asked : LocalDate.now(clock).getYear());

            Table table = new Table().column(Labels.col("code")).column(Labels.col("townshipName")).number(Labels.col("due")).number(Labels.col("checked"))
                    .number(Labels.col("checkedPercent")).number(Labels.col("abnormal")).number(Labels.col("referred")).number(Labels.col("followedUpCount"))
                    .number(Labels.col("followedUpPercent"));
            for (CoverageRowDTO t : coverage.townships) {
                row(table, t.townshipName, t);
            }
            if (coverage.county != null) {
                String county = coverage.county.townshipName == null ? "" : coverage.county.townshipName;
                row(table, Labels.say("total", county).strip(), coverage.county);
            }
            System.out.println(Labels.say("coverageIn", coverage.year));
            table.print(System.out);
        });
    }

    private static void row(Table table, String name, CoverageRowDTO t) {
        table.row(t.townshipCode, name, t.due, t.checked, Labels.percent(t.checkedPercent), t.abnormal, t.referred,
                t.referralsFollowedUp, Labels.percent(t.followedUpPercent));
    }
}
