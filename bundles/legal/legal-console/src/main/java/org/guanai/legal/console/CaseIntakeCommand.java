package org.guanai.legal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.SubjectKind;
import org.guanai.legal.console.support.Labels;
import org.guanai.legal.console.support.Legal;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.shell.api.completers.VillageCompleter;

/** Takes in a rights case (legal staff only); the service checks every field, as over REST. */
@Service
@Command(scope = "legal", name = "case-intake", description = "Takes in a rights case (维权案件受理), legal staff only")
public class CaseIntakeCommand implements Action {

    @Reference
    RightsCaseService cases;

    @Reference
    DivisionService divisions;

    @Option(name = "--date", description = "Day it was received, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--channel", required = true, description = "HOTLINE_12338 (12338), WALK_IN (来访), LETTER (来信), REFERRAL (转来), ONLINE (网上)")
    String channel;

    @Option(name = "--person", description = "The registry person concerned (id)")
    @Completion(PersonIdCompleter.class)
    String person;

    @Option(name = "--name", description = "The name of someone not in the registry")
    String name;

    @Option(name = "--anonymous", description = "The person did not give a name")
    boolean anonymous;

    @Option(name = "--township", description = "Township (code or name), for someone not in the registry")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--village", description = "Village (code, or 乡镇/村), for someone not in the registry")
    @Completion(VillageCompleter.class)
    String village;

    @Option(name = "--category", required = true, description = "DOMESTIC_VIOLENCE (家庭暴力), MARRIAGE_FAMILY (婚姻家庭), PROPERTY_LAND (财产土地), PERSONAL_SAFETY (人身安全), CHILD_RIGHTS (儿童权益), LABOUR (劳动权益), OTHER")
    String category;

    @Option(name = "--risk", required = true, description = "HIGH (高), MEDIUM (中), LOW (低)")
    String risk;

    @Option(name = "--reporter", description = "Who reported it (本人, 邻居, 老师 …)")
    String reporter;

    @Option(name = "--description", description = "What happened")
    String description;

    @Option(name = "--handler", description = "The user who handles it (default: you)")
    String handler;

    @Override
    public Object execute() throws Exception {
        return Legal.run("case", () -> {
            RightsCaseDTO c = new RightsCaseDTO();
            c.receivedOn = date == null ? java.time.LocalDate.now() : Console.parseDate("--date", date);
            c.channel = Labels.parse("--channel", channel, CaseChannel.class);
            c.personId = Console.parseId("--person", person);
            c.subjectName = Console.text(name);
            c.subjectKind = c.personId != null ? SubjectKind.REGISTERED : anonymous ? SubjectKind.ANONYMOUS : SubjectKind.UNREGISTERED;
            c.townshipCode = divisions.townshipCode("--township", township);
            c.villageCode = divisions.villageCode("--village", village);
            c.category = Labels.parse("--category", category, CaseCategory.class);
            c.riskLevel = Labels.parse("--risk", risk, RiskLevel.class);
            c.reporter = Console.text(reporter);
            c.description = Console.text(description);
            c.handler = Console.text(handler);
            RightsCaseDTO saved = cases.intake(c);
            System.out.println(Labels.say("case.received", saved.id, Labels.label(saved.category),
                    Labels.label(saved.riskLevel), saved.firstResponseDue, saved.handler));
        });
    }
}
