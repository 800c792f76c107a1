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
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.api.TrainingReportRowDTO;
import org.guanai.training.api.TrainingReports;

@Service
@Command(scope = "training", name = "report", description = "The year's training report per township and for the county (培训报表)")
public class Report implements Action {

    @Reference
    TrainingReports reports;

    @Option(name = "--year", description = "Year (default this year)")
    String year;

    @Override
    public Object execute() throws Exception {
        return Console.run("report", () -> {
            Integer y = Console.parseYear("--year", year);
            TrainingReportDTO report = reports.report(y == null ? java.time.LocalDate.now().getYear() : y);
            System.out.println(Labels.say("report.title", report.year));
            Table table = new Table().column(Labels.col("code")).column(Labels.col("township"))
                    .number(Labels.col("trained")).number(Labels.col("completed")).number(Labels.col("completedRate"))
                    .number(Labels.col("certificates")).number(Labels.col("employed")).number(Labels.col("business"))
                    .number(Labels.col("incomeUp")).number(Labels.col("noChange")).number(Labels.col("neverTrained"))
                    .number(Labels.col("fairs")).number(Labels.col("fairSignUps"));
            for (TrainingReportRowDTO r : report.townships) {
                row(table, r);
            }
            row(table, report.county);
            table.print(System.out);
        });
    }

    private static void row(Table table, TrainingReportRowDTO r) {
        int employed = r.outcomes.getOrDefault(Outcome.EMPLOYED_LOCALLY, 0) + r.outcomes.getOrDefault(Outcome.EMPLOYED_AWAY, 0);
        table.row(r.townshipCode, r.name, r.womenTrained, r.womenCompleted, String.format(java.util.Locale.ROOT, "%.1f", r.completionRate),
                r.certificates, employed, r.outcomes.getOrDefault(Outcome.STARTED_BUSINESS, 0),
                r.outcomes.getOrDefault(Outcome.INCOME_RAISED, 0), r.outcomes.getOrDefault(Outcome.NO_CHANGE, 0),
                r.womenNeverTrained, r.fairs, r.fairSignUps);
    }
}
