package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.ActivityQuery;
import org.guanai.mutualaid.api.ActivityService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** Activities, newest first. */
@Service
@Command(scope = "mutualaid", name = "activity-list", description = "Lists groups' activities, newest first")
public class ActivityList implements Action {

    @Reference
    ActivityService activities;

    @Option(name = "--group", description = "Group id")
    String group;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--kind", description = "Kind of activity")
    String kind;

    @Option(name = "--from", description = "From this day, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "Up to this day, YYYY-MM-DD")
    String to;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            ActivityQuery q = new ActivityQuery();
            q.groupId = Console.parseId("--group", group);
            q.townshipCode = Console.text(township);
            q.kind = Labels.parse("--kind", kind, ActivityKind.class);
            q.from = Console.parseDate("--from", from);
            q.to = Console.parseDate("--to", to);
            Page<ActivityDTO> page = activities.list(q, Console.page(offset, limit));
            Table table = new Table().number(Labels.col("id")).column(Labels.col("date")).column(Labels.col("group")).column(Labels.col("kind")).number(Labels.col("hours"))
                    .number(Labels.col("tookPart")).number(Labels.col("helped")).column(Labels.col("note"));
            for (ActivityDTO a : page.items) {
                table.row(a.id, a.heldOn, a.groupName, Labels.label(a.kind), a.hours, a.participantIds.size(),
                        a.beneficiaryPersonIds.size() + a.beneficiaryHouseholdIds.size(), a.note);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.activities"));
        });
    }
}
