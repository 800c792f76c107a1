package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.StalePairingDTO;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** Pairings whose helper has not visited for a while. */
@Service
@Command(scope = "mutualaid", name = "stale-pairings", description = "Lists active pairings with no visit in N days (default 90)")
public class StalePairings implements Action {

    @Reference
    MutualAidReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--days", description = "Days without a visit (default 90)")
    String days;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            int d = Days.parse(days);
            Page<StalePairingDTO> page = reports.stalePairings(Console.text(township), d, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("helper")).column(Labels.col("helpedPerson")).column(Labels.col("village"))
                    .column(Labels.col("since")).column(Labels.col("lastVisit"));
            for (StalePairingDTO p : page.items) {
                table.row(p.pairingId, p.helperName, p.targetName, names.name(p.villageCode), p.startsOn,
                        p.lastVisitOn == null ? Labels.say("never") : p.lastVisitOn);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.stalePairings", d));
        });
    }
}
