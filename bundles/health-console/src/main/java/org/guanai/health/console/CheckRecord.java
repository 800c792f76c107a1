package org.guanai.health.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.health.console.completer.CampaignIdCompleter;
import org.guanai.health.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.WomanIdCompleter;

@Service
@Command(scope = "health", name = "check-record", description = "Records a woman's check and its result")
public class CheckRecord implements Action {

    @Reference
    CheckService checks;

    @Option(name = "--person", required = true, description = "The woman's person id")
    @Completion(WomanIdCompleter.class)
    String person;

    @Option(name = "--date", required = true, description = "Day of the check, YYYY-MM-DD")
    String date;

    @Option(name = "--result", required = true, description = "NORMAL, ABNORMAL or REFERRED")
    @Completion(value = StringsCompleter.class, values = {"NORMAL", "ABNORMAL", "REFERRED"})
    String result;

    @Option(name = "--campaign", description = "Campaign id")
    @Completion(CampaignIdCompleter.class)
    String campaign;

    @Option(name = "--provider", description = "Who checked her (default: the campaign's provider)")
    String provider;

    @Option(name = "--findings", description = "Findings")
    String findings;

    @Option(name = "--referral", description = "Where she was referred, e.g. 市中心医院妇科")
    String referral;

    @Option(name = "--follow-up-due", description = "When the finding or referral must be followed up, YYYY-MM-DD")
    String followUpDue;

    @Option(name = "--allow-other-category", description = "Record a check for a registered person who is not an active left-behind woman")
    boolean allowOtherCategory;

    @Override
    public Object execute() throws Exception {
        return Console.run("check", () -> {
            CheckRecordDTO c = new CheckRecordDTO();
            c.personId = Console.parseId("--person", person);
            c.checkedOn = Console.parseDate("--date", date);
            c.result = Labels.parse("--result", result, CheckResult.class);
            c.campaignId = Console.parseId("--campaign", campaign);
            c.providerName = Console.text(provider);
            c.findings = Console.text(findings);
            c.referralTarget = Console.text(referral);
            c.followUpDue = Console.parseDate("--follow-up-due", followUpDue);
            c.allowOtherCategory = allowOtherCategory;
            CheckRecordDTO saved = checks.record(c);

            StringBuilder line = new StringBuilder(Labels.say("checkRecorded", saved.id,
                    saved.personName == null ? Labels.say("person", saved.personId) : saved.personName,
                    saved.checkedOn));
            if (saved.result != null) {
                line.append(Labels.say("checkResult", Labels.label(saved.result)));
            }
            if (saved.referralTarget != null) {
                line.append(" → ").append(saved.referralTarget);
            }
            if (saved.followUpDue != null) {
                line.append(Labels.say("followUpBy", saved.followUpDue));
            }
            System.out.println(line);
        });
    }
}
