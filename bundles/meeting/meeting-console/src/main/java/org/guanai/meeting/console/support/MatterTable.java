package org.guanai.meeting.console.support;

import java.io.PrintStream;

import org.guanai.meeting.api.MatterDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;

/** A page of matters as the console prints them (matter-list, overdue). */
public final class MatterTable {

    private MatterTable() {
    }

    public static void print(PrintStream out, Page<MatterDTO> page, DivisionService divisions, Message plural) {
        DivisionNames names = new DivisionNames(divisions);
        Table table = new Table().number("编号").column("会议").column("事项").column("范围").column("涉及")
                .column("责任单位").column("期限").column("状态").number("进度");
        for (MatterDTO m : page.items) {
            String where = m.villageCode != null ? names.name(m.villageCode)
                    : m.townshipCode != null ? names.name(m.townshipCode) : "全县";
            table.row(m.id, m.raisedOn, m.title, where, m.concerns, m.departmentName, m.dueOn, Labels.state(m),
                    m.progressCount);
        }
        if (!table.isEmpty()) {
            table.print(out);
        }
        Console.printFooter(out, page, plural);
    }
}
