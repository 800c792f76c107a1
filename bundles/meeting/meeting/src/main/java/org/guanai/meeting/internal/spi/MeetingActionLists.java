package org.guanai.meeting.internal.spi;

import static org.guanai.meeting.internal.MeetingText.en;
import static org.guanai.meeting.internal.MeetingText.zh;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.ActionItemDTO;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The dashboard's list to act on: the matters of the caller's divisions (and county-wide) open past their due day. */
@Component(service = ActionListProvider.class)
public class MeetingActionLists implements ActionListProvider {

    /** As {@code /api/v1/meeting/matters} allows. */
    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE);

    private final MatterService matters;

    @Activate
    public MeetingActionLists(@Reference(name = "matters") MatterService matters) {
        this.matters = matters;
    }

    @Override
    public String moduleId() {
        return MeetingModule.ID;
    }

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        if (!CallerContext.current().map(c -> c.roles().stream().anyMatch(READERS::contains)).orElse(true)) {
            return List.of();
        }
        MatterQuery q = new MatterQuery();
        q.townshipCode = townshipCode;
        q.countyWide = Boolean.TRUE;
        q.overdue = Boolean.TRUE;
        Page<MatterDTO> overdue = matters.list(q, PageRequest.first(Math.max(1, limit)));
        ActionListDTO list = new ActionListDTO(MeetingModule.ID, "overdue-matters", zh("actions.overdue"),
                en("actions.overdue"));
        list.hintZh = zh("actions.overdue.hint");
        list.hintEn = en("actions.overdue.hint");
        list.total = overdue.total;
        LocalDate today = LocalDate.now();
        for (MatterDTO m : overdue.items) {
            ActionItemDTO item = new ActionItemDTO();
            item.name = m.title;
            item.townshipCode = m.townshipCode;
            item.villageCode = m.villageCode;
            long days = ChronoUnit.DAYS.between(m.dueOn, today);
            item.detailZh = zh("actions.overdue.detail", m.departmentName, days, m.dueOn);
            item.detailEn = en("actions.overdue.detail", m.departmentName, days, m.dueOn);
            item.href = "/api/v1/meeting/matters/" + m.id;
            list.items.add(item);
        }
        return List.of(list);
    }
}
