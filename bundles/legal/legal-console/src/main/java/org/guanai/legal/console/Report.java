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
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
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
            Table events = new Table().column(Labels.col("township")).column(Labels.col("month"))
                    .number(Labels.col("events")).number(Labels.col("reached")).number(Labels.col("materials"));
            for (EventReportRowDTO r : reports.events(theYear, code)) {
                events.row(r.townshipName, r.month, r.events, r.reached, r.materials);
            }
            System.out.println(Labels.say("report.events", theYear));
            if (!events.isEmpty()) {
                events.print(System.out);
            }
            LocalDate from = LocalDate.of(theYear, 1, 1);
            LocalDate to = theYear == LocalDate.now().getYear() ? LocalDate.now() : LocalDate.of(theYear, 12, 31);
            CaseReportDTO c = reports.cases(from, to, code);
            System.out.println(Labels.say("report.cases", from, to, cell(c.received), cell(c.closed),
                    c.closureRatePercent == null ? "—" : c.closureRatePercent + "%",
                    c.medianDaysToClose == null ? "—" : String.valueOf(c.medianDaysToClose), cell(c.overdue)));
            breakdown(Labels.say("report.byCategory"), c.byCategory);
            breakdown(Labels.say("report.byChannel"), c.byChannel);
            breakdown(Labels.say("report.byStatus"), c.byStatus);
            breakdown(Labels.say("report.byRisk"), c.byRisk);
        });
    }

    private static void breakdown(String title, List<CountDTO> counts) {
        boolean english = Message.ENGLISH.equals(Console.language());
        StringBuilder line = new StringBuilder("  " + title + ":");
        for (CountDTO n : counts) {
            line.append(' ').append(english ? n.labelEn : n.labelZh).append(' ').append(cell(n.count)).append(';');
        }
        System.out.println(line);
    }

    private static String cell(Long n) {
        return n == null ? "<5" : String.valueOf(n);
    }
}
