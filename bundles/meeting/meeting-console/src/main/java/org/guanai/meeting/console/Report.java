package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.DepartmentRowDTO;
import org.guanai.meeting.api.MatterReportDTO;
import org.guanai.meeting.api.MeetingReports;
import org.guanai.meeting.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** Matters by department and state, with the on-time completion rate. */
@Service
@Command(scope = "meeting", name = "report", description = "各责任单位事项办理情况与按期办结率 / Matters by department, with the on-time rate")
public class Report implements Action {

    @Reference
    MeetingReports reports;

    @Option(name = "--from", description = "会议日期自此日（含）/ Raised at meetings on or after, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "会议日期至此日（含）/ Raised at meetings on or before, YYYY-MM-DD")
    String to;

    @Option(name = "--township", description = "乡镇代码 / About this township (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            MatterReportDTO r = reports.byDepartment(Console.parseDate("--from", from), Console.parseDate("--to", to),
                    Console.text(township));
            Table table = new Table().column(Labels.col("department")).number(Labels.col("raised"))
                    .number(Labels.col("open")).number(Labels.col("overdue")).number(Labels.col("done"))
                    .number(Labels.col("doneOnTime")).number(Labels.col("onTimeRate"));
            for (DepartmentRowDTO d : r.departments) {
                row(table, d);
            }
            row(table, r.total);
            table.print(System.out);
            System.out.println(Labels.say("report.footer", r.asOf));
        });
    }

    private static void row(Table table, DepartmentRowDTO d) {
        table.row(d.departmentName, d.raised, d.open, d.overdue, d.done, d.doneOnTime,
                d.onTimePercent == null ? "—" : d.onTimePercent);
    }
}
