package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** The groups, as the same user sees them over REST (the service scopes them). */
@Service
@Command(scope = "mutualaid", name = "group-list", description = "Lists mutual-aid groups (巾帼互助组)")
public class GroupList implements Action {

    @Reference
    GroupService groups;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--village", description = "Village code (12 digits)")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--kind", description = "SECURITY (治安), SANITATION (环卫), RIGHTS (维权), PRODUCTION (生产), CULTURE_SPORTS (文体), OTHER")
    String kind;

    @Option(name = "--all", description = "Also ended groups")
    boolean all;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            GroupQuery query = new GroupQuery();
            query.townshipCode = Console.text(township);
            query.villageCode = Console.text(village);
            query.kind = Labels.parse("--kind", kind, GroupKind.class);
            query.status = all ? null : Status.ACTIVE;
            Page<GroupDTO> page = groups.list(query, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("name")).column(Labels.col("kind")).column(Labels.col("village"))
                    .column(Labels.col("founded")).column(Labels.col("leader")).number(Labels.col("members")).column(Labels.col("lastActivity")).column(Labels.col("status"));
            for (GroupDTO g : page.items) {
                table.row(g.id, g.name, Labels.label(g.kind), names.name(g.villageCode), g.foundedOn, g.leaderName,
                        g.memberCount, g.lastActivityOn, g.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.groups"));
        });
    }
}
