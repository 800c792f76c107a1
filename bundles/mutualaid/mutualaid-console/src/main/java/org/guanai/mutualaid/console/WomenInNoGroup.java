package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.UngroupedWomanDTO;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** Left-behind women no group has yet: whom a group could invite. Phones masked unless the user asks in full. */
@Service
@Command(scope = "mutualaid", name = "women-in-no-group", description = "Lists active left-behind women in no mutual-aid group")
public class WomenInNoGroup implements Action {

    @Reference
    MutualAidReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--village", description = "Village code (12 digits)")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Page<UngroupedWomanDTO> page = reports.womenInNoGroup(Console.text(township), Console.text(village),
                    Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("person")).column(Labels.col("village")).column(Labels.col("phone"));
            for (UngroupedWomanDTO w : page.items) {
                table.row(w.personId, w.name, names.name(w.villageCode), w.phone);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.womenInNoGroup"));
        });
    }
}
