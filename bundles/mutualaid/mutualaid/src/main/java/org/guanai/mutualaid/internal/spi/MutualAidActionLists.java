package org.guanai.mutualaid.internal.spi;

import static org.guanai.mutualaid.internal.MutualAidText.en;
import static org.guanai.mutualaid.internal.MutualAidText.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.spi.ActionItemDTO;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The dashboard's lists to act on: vulnerable cases no one is paired with, and groups gone quiet. */
@Component(service = ActionListProvider.class)
public class MutualAidActionLists implements ActionListProvider {

    /** As {@code /api/v1/mutual-aid/lists} allows. */
    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE);

    private final MutualAidReports reports;

    @Activate
    public MutualAidActionLists(@Reference(name = "reports") MutualAidReports reports) {
        this.reports = reports;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    /** {@code actions.reason.<VulnerableReason>}: why a case is on the list. */
    static final String REASON = "actions.reason.";

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        Optional<Caller> caller = CallerContext.current();
        if (!caller.map(c -> c.roles().stream().anyMatch(READERS::contains)).orElse(true)) {
            return List.of();
        }
        PageRequest page = PageRequest.first(Math.max(1, limit));
        List<ActionListDTO> lists = new ArrayList<>();
        ActionListDTO unpaired = new ActionListDTO(MutualAidModule.ID, "unpaired-vulnerable", zh("actions.unpaired"),
                en("actions.unpaired"));
        unpaired.hintZh = zh("actions.unpaired.hint");
        unpaired.hintEn = en("actions.unpaired.hint");
        Page<UnpairedCaseDTO> cases = reports.unpairedVulnerable(townshipCode, null, page);
        unpaired.total = cases.total;
        for (UnpairedCaseDTO c : cases.items) {
            ActionItemDTO item = c.personId != null
                    ? new ActionItemDTO(c.personId, c.name, c.townshipCode, c.villageCode) : household(c);
            item.detailZh = zh(REASON + c.reason.name());
            item.detailEn = en(REASON + c.reason.name());
            unpaired.items.add(item);
        }
        lists.add(unpaired);
        ActionListDTO quiet = new ActionListDTO(MutualAidModule.ID, "inactive-groups",
                zh("actions.inactive", MutualAidReports.DEFAULT_DAYS), en("actions.inactive", MutualAidReports.DEFAULT_DAYS));
        quiet.hintZh = zh("actions.inactive.hint");
        quiet.hintEn = en("actions.inactive.hint");
        Page<InactiveGroupDTO> groups = reports.inactiveGroups(townshipCode, MutualAidReports.DEFAULT_DAYS, page);
        quiet.total = groups.total;
        for (InactiveGroupDTO g : groups.items) {
            ActionItemDTO item = new ActionItemDTO();
            item.name = g.name;
            item.townshipCode = g.townshipCode;
            item.villageCode = g.villageCode;
            item.detailZh = g.lastActivityOn == null ? zh("actions.inactive.never") : zh("actions.inactive.last", g.lastActivityOn);
            item.detailEn = g.lastActivityOn == null ? en("actions.inactive.never") : en("actions.inactive.last", g.lastActivityOn);
            item.href = "/api/v1/mutual-aid/groups/" + g.groupId;
            quiet.items.add(item);
        }
        lists.add(quiet);
        return lists;
    }

    private static ActionItemDTO household(UnpairedCaseDTO c) {
        ActionItemDTO item = new ActionItemDTO();
        item.nameZh = zh("actions.household", c.name);
        item.nameEn = en("actions.household", c.name);
        item.name = item.nameZh;
        item.townshipCode = c.townshipCode;
        item.villageCode = c.villageCode;
        item.href = "/api/v1/households/" + c.householdId;
        return item;
    }

}
