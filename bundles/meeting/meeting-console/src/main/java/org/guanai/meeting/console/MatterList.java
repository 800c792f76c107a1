package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.meeting.console.support.MatterTable;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.TownshipCompleter;

/** The matters the caller sees (their divisions' and the county-wide ones), by due day. */
@Service
@Command(scope = "meeting", name = "matter-list", description = "列出联席会议议定事项（按期限）/ Lists the matters raised, by due day")
public class MatterList implements Action {

    @Reference
    MatterService matters;

    @Reference
    DivisionService divisions;

    @Option(name = "--meeting", description = "会议编号 / Raised at this meeting")
    String meeting;

    @Option(name = "--department", description = "责任单位编号 / Assigned to this department")
    String department;

    @Option(name = "--township", description = "乡镇代码 / About this township (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--state", description = "在办 OPEN 或 已办结 DONE / Open or done")
    String state;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            MatterQuery q = new MatterQuery();
            q.meetingId = Console.parseId("--meeting", meeting);
            q.departmentId = Console.parseId("--department", department);
            q.townshipCode = Console.text(township);
            q.state = Labels.state("--state", state);
            MatterTable.print(System.out, matters.list(q, Console.page(offset, limit)), divisions, Labels.text("noun.matters"));
        });
    }
}
