package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

/** The rights cases the user handles (all of them for legal staff), newest first; no description. Audited. */
@Service
@Command(scope = "legal", name = "case-list", description = "Lists the rights cases you handle (维权案件), newest first")
public class CaseList implements Action {

    @Reference
    RightsCaseService cases;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township (9-digit code or name)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--status", description = "RECEIVED (已受理), REFERRED (已转介), FOLLOWING_UP (跟进中), CLOSED (已结案)")
    String status;

    @Option(name = "--category", description = "DOMESTIC_VIOLENCE (家庭暴力), MARRIAGE_FAMILY, PROPERTY_LAND, PERSONAL_SAFETY, CHILD_RIGHTS, LABOUR, OTHER")
    String category;

    @Option(name = "--risk", description = "HIGH (高), MEDIUM (中), LOW (低)")
    String risk;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Legal.run("query", () -> {
            CaseQuery q = new CaseQuery();
            q.townshipCode = divisions.townshipCode("--township", township);
            q.status = Labels.parse("--status", status, CaseStatus.class);
            q.category = Labels.parse("--category", category, CaseCategory.class);
            q.riskLevel = Labels.parse("--risk", risk, RiskLevel.class);
            Page<RightsCaseDTO> page = cases.list(q, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("received"))
                    .column(Labels.col("channel")).column(Labels.col("category")).column(Labels.col("risk"))
                    .column(Labels.col("township")).column(Labels.col("status")).column(Labels.col("due"))
                    .column(Labels.col("handler"));
            for (RightsCaseDTO c : page.items) {
                table.row(c.id, c.receivedOn, Labels.label(c.channel), Labels.label(c.category), Labels.label(c.riskLevel),
                        names.name(c.townshipCode), Labels.label(c.status),
                        c.firstResponseOn == null ? c.firstResponseDue : "", c.handler);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.cases"));
        });
    }
}
