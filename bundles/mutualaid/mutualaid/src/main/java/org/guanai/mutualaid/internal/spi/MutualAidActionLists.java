package org.guanai.mutualaid.internal.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VulnerableReason;
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

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        Optional<Caller> caller = CallerContext.current();
        if (!caller.map(c -> c.roles().stream().anyMatch(READERS::contains)).orElse(true)) {
            return List.of();
        }
        PageRequest page = PageRequest.first(Math.max(1, limit));
        List<ActionListDTO> lists = new ArrayList<>();
        ActionListDTO unpaired = new ActionListDTO(MutualAidModule.ID, "unpaired-vulnerable", "无人结对的困难对象",
                "Vulnerable cases no one is paired with");
        unpaired.hintZh = "安排干部或巾帼志愿者与其结对帮扶";
        unpaired.hintEn = "Pair a cadre or a women volunteer with them";
        Page<UnpairedCaseDTO> cases = reports.unpairedVulnerable(townshipCode, null, page);
        unpaired.total = cases.total;
        for (UnpairedCaseDTO c : cases.items) {
            ActionItemDTO item = c.personId != null
                    ? new ActionItemDTO(c.personId, c.name, c.townshipCode, c.villageCode) : household(c);
            item.detailZh = reasonZh(c.reason);
            item.detailEn = c.reason.name().toLowerCase().replace('_', ' ');
            unpaired.items.add(item);
        }
        lists.add(unpaired);
        ActionListDTO quiet = new ActionListDTO(MutualAidModule.ID, "inactive-groups", "90天无活动的互助组",
                "Groups with no activity in 90 days");
        quiet.hintZh = "联系组长，了解情况，组织活动或结束该组";
        quiet.hintEn = "Call the leader: hold an activity, or end the group";
        Page<InactiveGroupDTO> groups = reports.inactiveGroups(townshipCode, MutualAidReports.DEFAULT_DAYS, page);
        quiet.total = groups.total;
        for (InactiveGroupDTO g : groups.items) {
            ActionItemDTO item = new ActionItemDTO();
            item.name = g.name;
            item.townshipCode = g.townshipCode;
            item.villageCode = g.villageCode;
            item.detailZh = g.lastActivityOn == null ? "成立后从未活动" : "上次活动于 " + g.lastActivityOn;
            item.detailEn = g.lastActivityOn == null ? "no activity since founded" : "last activity " + g.lastActivityOn;
            item.href = "/api/v1/mutual-aid/groups/" + g.groupId;
            quiet.items.add(item);
        }
        lists.add(quiet);
        return lists;
    }

    private static ActionItemDTO household(UnpairedCaseDTO c) {
        ActionItemDTO item = new ActionItemDTO();
        item.name = c.name + "户";
        item.townshipCode = c.townshipCode;
        item.villageCode = c.villageCode;
        item.href = "/api/v1/households/" + c.householdId;
        return item;
    }

    static String reasonZh(VulnerableReason reason) {
        switch (reason) {
            case CHILD_WITHOUT_CAPABLE_GUARDIAN:
                return "无有效监护的留守儿童";
            case HARDSHIP_HOUSEHOLD:
                return "特困家庭";
            default:
                return "独居留守老人";
        }
    }
}
