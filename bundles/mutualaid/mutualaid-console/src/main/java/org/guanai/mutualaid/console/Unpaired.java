package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** The list a township prints before a pairing drive. */
@Service
@Command(scope = "mutualaid", name = "unpaired", description = "Lists vulnerable cases no active pairing covers, by township and village")
public class Unpaired implements Action {

    @Reference
    MutualAidReports reports;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--reason", description = "CHILD_WITHOUT_CAPABLE_GUARDIAN (无有效监护儿童), HARDSHIP_HOUSEHOLD (特困家庭), ELDERLY_LIVING_ALONE (独居老人)")
    String reason;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Page<UnpairedCaseDTO> page = reports.unpairedVulnerable(Console.text(township),
                    Labels.parse("--reason", reason, VulnerableReason.class), Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().column(Labels.col("township")).column(Labels.col("village")).column(Labels.col("reason")).column(Labels.col("person"))
                    .number(Labels.col("personId")).number(Labels.col("household"));
            for (UnpairedCaseDTO c : page.items) {
                table.row(names.name(c.townshipCode), names.name(c.villageCode), Labels.label(c.reason), c.name,
                        c.personId, c.householdId);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.unpaired"));
        });
    }
}
