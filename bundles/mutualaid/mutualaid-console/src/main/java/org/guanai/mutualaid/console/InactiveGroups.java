package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** Groups gone quiet. */
@Service
@Command(scope = "mutualaid", name = "inactive-groups", description = "Lists active groups with no activity in N days (default 90)")
public class InactiveGroups implements Action {

    @Reference
    MutualAidReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--days", description = "Days without activity (default 90)")
    String days;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            int d = Days.parse(days);
            Page<InactiveGroupDTO> page = reports.inactiveGroups(Console.text(township), d,
                    Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("name")).column(Labels.col("kind")).column(Labels.col("village")).column(Labels.col("founded"))
                    .column(Labels.col("lastActivity")).number(Labels.col("members"));
            for (InactiveGroupDTO g : page.items) {
                table.row(g.groupId, g.name, Labels.label(g.kind), names.name(g.villageCode), g.foundedOn,
                        g.lastActivityOn == null ? Labels.say("never") : g.lastActivityOn, g.memberCount);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.inactiveGroups", d));
        });
    }
}
