package org.guanai.mutualaid.internal.spi;

import static org.guanai.mutualaid.internal.MutualAidText.en;
import static org.guanai.mutualaid.internal.MutualAidText.zh;

import java.time.LocalDate;
import java.util.List;

import org.guanai.mutualaid.api.ActivityQuery;
import org.guanai.mutualaid.api.ActivityService;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.PairingQuery;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.registry.api.IndicatorDTO;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.spi.IndicatorProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's figures on the dashboard: counts, never one person's data, of what the caller sees. */
@Component(service = IndicatorProvider.class)
public class MutualAidIndicators implements IndicatorProvider {

    private final GroupService groups;
    private final ActivityService activities;
    private final PairingService pairings;
    private final MutualAidReports reports;

    @Activate
    public MutualAidIndicators(@Reference(name = "groups") GroupService groups,
                               @Reference(name = "activities") ActivityService activities,
                               @Reference(name = "pairings") PairingService pairings,
                               @Reference(name = "reports") MutualAidReports reports) {
        this.groups = groups;
        this.activities = activities;
        this.pairings = pairings;
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public List<IndicatorDTO> indicators(String townshipCode) {
        PageRequest one = PageRequest.first(1);
        GroupQuery active = new GroupQuery();
        active.townshipCode = townshipCode;
        active.status = Status.ACTIVE;
        ActivityQuery recent = new ActivityQuery();
        recent.townshipCode = townshipCode;
        recent.from = LocalDate.now().minusDays(MutualAidReports.DEFAULT_DAYS);
        PairingQuery paired = new PairingQuery();
        paired.townshipCode = townshipCode;
        paired.status = Status.ACTIVE;
        int days = MutualAidReports.DEFAULT_DAYS;
        return List.of(
                indicator("groups", zh("indicator.groups"), en("indicator.groups"),
                        groups.list(active, one).total, "groups"),
                indicator("activities-90d", zh("indicator.activities", days), en("indicator.activities", days),
                        activities.list(recent, one).total, "activities"),
                indicator("inactive-groups", zh("indicator.inactiveGroups", days), en("indicator.inactiveGroups", days),
                        reports.inactiveGroups(townshipCode, days, one).total, "groups"),
                indicator("pairings", zh("indicator.pairings"), en("indicator.pairings"),
                        pairings.list(paired, one).total, "pairings"),
                indicator("unpaired-vulnerable", zh("indicator.unpairedVulnerable"), en("indicator.unpairedVulnerable"),
                        reports.unpairedVulnerable(townshipCode, null, one).total, "cases"));
    }

    /** An indicator named in both languages from the module's bundle. */
    private static IndicatorDTO indicator(String id, String zh, String en, long value, String unit) {
        return new IndicatorDTO(MutualAidModule.ID, id, zh, en, value, unit);
    }
}
