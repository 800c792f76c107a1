package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.shell.api.Console;

/** Closes a matter with its result. */
@Service
@Command(scope = "meeting", name = "matter-done", description = "办结事项（须写明结果）/ Closes a matter with its result")
public class MatterDone implements Action {

    @Reference
    MatterService matters;

    @Option(name = "--matter", required = true, description = "事项编号 / The matter's id")
    String matter;

    @Option(name = "--result", required = true, description = "办理结果 / What came of it")
    String result;

    @Option(name = "--date", description = "办结日期（默认今天）/ The day, YYYY-MM-DD (today when absent)")
    String date;

    @Override
    public Object execute() throws Exception {
        return Console.run("matter", () -> {
            long id = Console.parseId("--matter", matter);
            MatterDTO current = matters.get(id);
            MatterDTO done = matters.done(id, current.version,
                    new DoneRequest(Console.parseDate("--date", date), Console.text(result)));
            System.out.println(Labels.say("matter.done", done.id, done.doneOn,
                    Labels.text(done.doneOn.isAfter(done.dueOn) ? "matter.doneLate" : "matter.doneOnTime")));
        });
    }
}
