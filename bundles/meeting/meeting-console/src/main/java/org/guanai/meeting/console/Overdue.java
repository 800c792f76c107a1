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

/** Open matters past their due day, the longest overdue first: what to press the departments on. */
@Service
@Command(scope = "meeting", name = "overdue", description = "逾期未办结的事项 / Lists open matters past their due day")
public class Overdue implements Action {

    @Reference
    MatterService matters;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "乡镇代码 / About this township (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--department", description = "责任单位编号 / Assigned to this department")
    String department;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            MatterQuery q = new MatterQuery();
            q.townshipCode = Console.text(township);
            q.departmentId = Console.parseId("--department", department);
            q.overdue = Boolean.TRUE;
            MatterTable.print(System.out, matters.list(q, Console.page(offset, limit)), divisions, Labels.text("noun.overdueMatters"));
        });
    }
}
