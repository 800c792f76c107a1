package org.guanai.meeting.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.api.MeetingService;
import org.guanai.meeting.console.support.Labels;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

/** The joint meeting's sittings, latest first. */
@Service
@Command(scope = "meeting", name = "meeting-list", description = "列出联席会议（最近的在前）/ Lists the joint meetings, latest first")
public class MeetingList implements Action {

    @Reference
    MeetingService meetings;

    @Option(name = "--from", description = "自此日（含）/ Held on or after, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "至此日（含）/ Held on or before, YYYY-MM-DD")
    String to;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Page<MeetingDTO> page = meetings.list(Console.parseDate("--from", from), Console.parseDate("--to", to),
                    Console.page(offset, limit));
            Table table = new Table().number(Labels.col("id")).column(Labels.col("date"))
                    .column(Labels.col("place")).column(Labels.col("chair")).number(Labels.col("departments"))
                    .number(Labels.col("matters"));
            for (MeetingDTO m : page.items) {
                table.row(m.id, m.heldOn, m.place, m.chair, m.departmentIds.size(), m.matterCount);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.meetings"));
        });
    }
}
