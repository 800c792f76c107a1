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
        Table table = new Table().number(Labels.col("id")).column(Labels.col("meeting"))
                .column(Labels.col("matter")).column(Labels.col("scope")).column(Labels.col("concerns"))
                .column(Labels.col("department")).column(Labels.col("due")).column(Labels.col("state"))
                .number(Labels.col("progress"));
        for (MatterDTO m : page.items) {
            String where = m.villageCode != null ? names.name(m.villageCode)
                    : m.townshipCode != null ? names.name(m.townshipCode) : Labels.say("scope.county");
            table.row(m.id, m.raisedOn, m.title, where, m.concerns, m.departmentName, m.dueOn, Labels.state(m),
                    m.progressCount);
        }
        if (!table.isEmpty()) {
            table.print(out);
        }
        Console.printFooter(out, page, plural);
    }
}
