package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.OverdueCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** The overdue cases the user handles, most overdue first. */
@Service
@Command(scope = "legal", name = "case-overdue", description = "Lists overdue rights cases: first response overdue, high risk not followed up")
public class CaseOverdue implements Action {

    @Reference
    RightsCaseService cases;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township (9-digit code or name)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Legal.run("query", () -> {
            Page<OverdueCaseDTO> page = cases.overdue(divisions.townshipCode("--township", township),
                    Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("case")).column(Labels.col("why"))
                    .column(Labels.col("received")).column(Labels.col("category")).column(Labels.col("risk"))
                    .column(Labels.col("township")).column(Labels.col("dueOn")).number(Labels.col("daysOver"))
                    .column(Labels.col("handler"));
            for (OverdueCaseDTO o : page.items) {
                table.row(o.caseId, Labels.label(o.reason), o.receivedOn, Labels.label(o.category), Labels.label(o.riskLevel),
                        names.name(o.townshipCode), o.dueOn, o.daysOverdue, o.handler);
            }
            if (table.isEmpty()) {
                System.out.println(Labels.say("overdue.none"));
                return;
            }
            table.print(System.out);
            Console.printFooter(System.out, page, Labels.text("noun.overdueCases"));
        });
    }
}
