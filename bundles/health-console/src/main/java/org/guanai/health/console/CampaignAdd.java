package org.guanai.health.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignService;
import org.guanai.health.api.ProviderKind;
import org.guanai.health.console.support.Labels;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.completers.SiteIdCompleter;
import org.guanai.shell.api.completers.TownshipCompleter;

@Service
@Command(scope = "health", name = "campaign-add", description = "Registers a yearly screening campaign")
public class CampaignAdd implements Action {

    @Reference
    CampaignService campaigns;

    @Reference
    DivisionService divisions;

    @Option(name = "--kind", required = true, description = "GYNAECOLOGICAL (GYN), TWO_CANCERS (两癌) or GENERAL")
    @Completion(value = StringsCompleter.class, values = {"GYNAECOLOGICAL", "TWO_CANCERS", "GENERAL"})
    String kind;

    @Option(name = "--year", required = true, description = "Year, YYYY")
    String year;

    @Option(name = "--provider", required = true, description = "Who performs the checks, e.g. 县妇幼保健院")
    String provider;

    @Option(name = "--provider-kind", description = "HOSPITAL, MCH_STATION, TOWNSHIP_HEALTH_CENTRE or OTHER")
    @Completion(value = StringsCompleter.class, values = {"HOSPITAL", "MCH_STATION", "TOWNSHIP_HEALTH_CENTRE", "OTHER"})
    String providerKind;

    @Option(name = "--from", description = "First day, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "Last day, YYYY-MM-DD")
    String to;

    @Option(name = "--township", multiValued = true, description = "Township covered (9 digits); repeat it for several; none means the whole county")
    @Completion(TownshipCompleter.class)
    List<String> townships;

    @Option(name = "--site", multiValued = true, description = "Service site where it runs (id); repeat it for several")
    @Completion(SiteIdCompleter.class)
    List<String> sites;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("campaign", () -> {
            CampaignDTO c = new CampaignDTO();
            c.kind = Labels.parse("--kind", kind, CampaignKind.class);
            Integer y = Console.parseYear("--year", year);
            c.year = y == null ? 0 : y; // the service names the missing year
            c.providerName = Console.text(provider);
            c.providerKind = Labels.parse("--provider-kind", providerKind, ProviderKind.class);
            c.startsOn = Console.parseDate("--from", from);
            c.endsOn = Console.parseDate("--to", to);
            c.townshipCodes = Console.split(townships);
            c.siteIds = Console.parseIds("--site", sites);
            c.notes = Console.text(notes);
            CampaignDTO created = campaigns.create(c);
            System.out.println(Labels.say("campaignAdded", created.id, created.year, Labels.label(created.kind),
                    created.providerName, new DivisionNames(divisions).names(created.townshipCodes)));
        });
    }
}
