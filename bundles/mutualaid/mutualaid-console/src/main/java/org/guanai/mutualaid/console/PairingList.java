package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingQuery;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.completers.TownshipCompleter;

/** 1+1 pairings with their last visit. */
@Service
@Command(scope = "mutualaid", name = "pairing-list", description = "Lists 1+1 pairings with their last visit")
public class PairingList implements Action {

    @Reference
    PairingService pairings;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--person", description = "The person helped (id)")
    @Completion(PersonIdCompleter.class)
    String person;

    @Option(name = "--all", description = "Also ended pairings")
    boolean all;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            PairingQuery q = new PairingQuery();
            q.townshipCode = Console.text(township);
            q.personId = Console.parseId("--person", person);
            q.status = all ? null : Status.ACTIVE;
            Page<PairingDTO> page = pairings.list(q, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("helper")).column(Labels.col("helpedPerson")).column(Labels.col("village"))
                    .column(Labels.col("since")).column(Labels.col("lastVisit")).column(Labels.col("status"));
            for (PairingDTO p : page.items) {
                table.row(p.id, p.helperName, p.targetName, names.name(p.villageCode), p.startsOn, p.lastVisitOn,
                        p.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.pairings"));
        });
    }
}
