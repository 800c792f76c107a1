package org.guanai.health.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;

@Service
@Command(scope = "health", name = "campaign-list", description = "Lists screening campaigns")
public class CampaignList implements Action {

    @Reference
    CampaignService campaigns;

    @Reference
    DivisionService divisions;

    @Option(name = "--year", description = "Year, YYYY")
    String year;

    @Option(name = "--kind", description = "GYNAECOLOGICAL (GYN), TWO_CANCERS (两癌) or GENERAL")
    @Completion(value = StringsCompleter.class, values = {"GYNAECOLOGICAL", "TWO_CANCERS", "GENERAL"})
    String kind;

    @Option(name = "--township", description = "Campaigns covering this township (county-wide ones included)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--status", description = "ACTIVE or ENDED")
    @Completion(value = StringsCompleter.class, values = {"ACTIVE", "ENDED"})
    String status;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("campaign query", () -> {
            CampaignQuery query = new CampaignQuery();
            query.year = Console.parseYear("--year", year);
            query.kind = Labels.parse("--kind", kind, CampaignKind.class);
            query.townshipCode = divisions.townshipCode("--township", township);
            query.status = Labels.parse("--status", status, Status.class);
            Page<CampaignDTO> page = campaigns.list(query, Console.page(offset, limit));

            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).number(Labels.col("year")).column(Labels.col("kind")).column(Labels.col("provider"))
                    .column(Labels.col("from")).column(Labels.col("to")).column(Labels.col("townships")).number(Labels.col("sites")).column(Labels.col("status"));
            for (CampaignDTO c : page.items) {
                table.row(c.id, c.year, Labels.label(c.kind), c.providerName, c.startsOn, c.endsOn,
                        names.names(c.townshipCodes), c.siteIds.size(), c.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.campaigns"));
        });
    }
}
