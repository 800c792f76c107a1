package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.ProgressDTO;
import org.guanai.meeting.console.support.Labels;
import org.guanai.shell.api.Console;

/** Notes progress on an open matter the caller sees. */
@Service
@Command(scope = "meeting", name = "matter-progress", description = "记录事项办理进度 / Notes progress on a matter")
public class MatterProgress implements Action {

    @Reference
    MatterService matters;

    @Option(name = "--matter", required = true, description = "事项编号 / The matter's id")
    String matter;

    @Option(name = "--note", required = true, description = "进度 / What was done")
    String note;

    @Option(name = "--date", description = "日期（默认今天）/ The day, YYYY-MM-DD (today when absent)")
    String date;

    @Option(name = "--by", description = "报告人（默认当前用户）/ Who reports it (you when absent)")
    String by;

    @Override
    public Object execute() throws Exception {
        return Console.run("progress", () -> {
            ProgressDTO p = new ProgressDTO();
            p.matterId = Console.parseId("--matter", matter);
            p.note = Console.text(note);
            p.notedOn = Console.parseDate("--date", date);
            p.reportedBy = Console.text(by);
            ProgressDTO saved = matters.addProgress(p);
            System.out.println(Labels.say("progress.noted", saved.matterId, saved.notedOn, saved.reportedBy));
        });
    }
}
