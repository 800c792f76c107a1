package org.guanai.legal.console;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.CountDTO;
import org.guanai.legal.api.EventReportRowDTO;
import org.guanai.legal.api.LegalReports;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** The year's figures: events per township and month, then case totals (small cells shown as "&lt;5" to others). */
@Service
@Command(scope = "legal", name = "report", description = "Legal promotion per township and month, and rights-case figures")
public class Report implements Action {

    @Reference
    LegalReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--year", description = "Year (default this year)")
    String year;

    @Option(name = "--township", description = "Township (9-digit code or name)")
    @Completion(TownshipCompleter.class)
    String township;

    @Override
    public Object execute() throws Exception {
        return Legal.run("report", () -> {
            Integer y = Console.parseYear("--year", year);
            int theYear = y == null ? LocalDate.now().getYear() : y;
            String code = divisions.townshipCode("--township", township);
            Table events = new Table().column("township").column("month").number("events").number("reached").number("materials");
            for (EventReportRowDTO r : reports.events(theYear, code)) {
                events.row(r.townshipName, r.month, r.events, r.reached, r.materials);
            }
            System.out.println("普法宣传 Legal promotion " + theYear);
            if (!events.isEmpty()) {
                events.print(System.out);
            }
            LocalDate from = LocalDate.of(theYear, 1, 1);
            LocalDate to = theYear == LocalDate.now().getYear() ? LocalDate.now() : LocalDate.of(theYear, 12, 31);
            CaseReportDTO c = reports.cases(from, to, code);
            System.out.println("维权案件 Rights cases " + from + " – " + to + ": 受理 received " + cell(c.received)
                    + " · 结案 closed " + cell(c.closed) + " · 结案率 closure rate "
                    + (c.closureRatePercent == null ? "—" : c.closureRatePercent + "%") + " · 结案天数中位数 median days to close "
                    + (c.medianDaysToClose == null ? "—" : c.medianDaysToClose) + " · 超期 overdue " + cell(c.overdue));
            breakdown("类别 category", c.byCategory);
            breakdown("渠道 channel", c.byChannel);
            breakdown("状态 status", c.byStatus);
            breakdown("风险 risk", c.byRisk);
        });
    }

    private static void breakdown(String title, List<CountDTO> counts) {
        StringBuilder line = new StringBuilder("  " + title + ":");
        for (CountDTO n : counts) {
            line.append(' ').append(n.labelZh).append(' ').append(cell(n.count)).append(';');
        }
        System.out.println(line);
    }

    private static String cell(Long n) {
        return n == null ? "<5" : String.valueOf(n);
    }
}
