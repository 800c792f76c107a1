package org.guanai.health.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.health.console.completer.CampaignIdCompleter;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.WomanIdCompleter;

/**
 * Lists checks with their outcomes for those who may read results (the service asks the registry, as for the same
 * user over REST); others see "(hidden)".
 */
@Service
@Command(scope = "health", name = "check-list", description = "Lists a woman's checks, or those of a campaign or year, with their results")
public class CheckList implements Action {

    @Reference
    DivisionService divisions;

    @Reference
    CheckService checks;

    @Argument(index = 0, name = "person", description = "The woman's person id (options go before it)")
    @Completion(WomanIdCompleter.class)
    String person;

    @Option(name = "--campaign", description = "Campaign id")
    @Completion(CampaignIdCompleter.class)
    String campaign;

    @Option(name = "--year", description = "Year, YYYY")
    String year;

    @Option(name = "--result", description = "NORMAL, ABNORMAL or REFERRED")
    @Completion(value = StringsCompleter.class, values = {"NORMAL", "ABNORMAL", "REFERRED"})
    String result;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("check query", () -> {
            CheckQuery query = new CheckQuery();
            query.personId = Console.parseId("person", person);
            query.campaignId = Console.parseId("--campaign", campaign);
            query.year = Console.parseYear("--year", year);
            query.result = Labels.parse("--result", result, CheckResult.class);
            query.townshipCode = divisions.townshipCode("--township", township);
            Page<CheckRecordDTO> page = checks.list(query, Console.page(offset, limit));

            Table table = new Table().number(Labels.col("id")).number(Labels.col("person")).column(Labels.col("name")).column(Labels.col("checkedOn"))
                    .number(Labels.col("campaign")).column(Labels.col("provider")).column(Labels.col("result")).column(Labels.col("findings")).column(Labels.col("referral"))
                    .column(Labels.col("followUpDue")).column(Labels.col("followedUp"));
            for (CheckRecordDTO c : page.items) {
                table.row(c.id, c.personId, c.personName, c.checkedOn, c.campaignId, c.providerName,
                        c.outcomeHidden ? Labels.say("hidden") : Labels.label(c.result), c.findings, c.referralTarget,
                        c.followUpDue, c.followedUpOn);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.checks"));
        });
    }
}
