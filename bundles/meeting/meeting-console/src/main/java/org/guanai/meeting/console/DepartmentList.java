package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.DepartmentDTO;
import org.guanai.meeting.api.DepartmentService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.FullViewAction;
import org.guanai.shell.api.Table;

/** The member departments and their contacts; phones masked unless --unmask with a --reason, as over REST. */
@Service
@Command(scope = "meeting", name = "department-list", description = "列出联席会议成员单位 / Lists the joint meeting's member departments")
public class DepartmentList extends FullViewAction {

    @Reference
    DepartmentService departments;

    @Option(name = "--all", description = "也列出已退出的单位 / Also departments that left")
    boolean all;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> fullView("department", () -> {
            Page<DepartmentDTO> page = departments.list(all ? null : Status.ACTIVE, Console.page(offset, limit));
            Table table = new Table().number(Labels.col("id")).column(Labels.col("member"))
                    .column(Labels.col("contact")).column(Labels.col("phone")).column(Labels.col("status"));
            for (DepartmentDTO d : page.items) {
                table.row(d.id, d.name, d.contactName, d.contactPhone, Labels.status(d.status));
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.departments"));
            return page.items.stream().map(d -> d.id).toList();
        }));
    }
}
