package org.guanai.health.internal.spi;

import static org.guanai.health.internal.HealthText.en;
import static org.guanai.health.internal.HealthText.zh;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.ActionItemDTO;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.guanai.health.internal.screening.DueList;
import org.guanai.registry.api.Message;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The health module's action lists: women due a check this year (for the roles that read the due list over
 * REST), and overdue follow-ups (health staff only: being on that list discloses a finding).
 */
@Component(service = ActionListProvider.class)
public class HealthActionLists implements ActionListProvider {

    static final String DUE = "women-due-check";
    static final String OVERDUE = "overdue-follow-ups";
    /** As {@code GET /api/v1/health/due} allows. */
    static final Set<String> DUE_READERS = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH);
    /** As {@code GET /api/v1/health/follow-ups/overdue} allows. */
    static final Set<String> RESULT_READERS = Set.of(Roles.ADMIN, Roles.HEALTH);

    private final ScreeningReports reports;
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public HealthActionLists(@Reference(name = "reports") ScreeningReports reports) {
        this.reports = reports;
    }

    /** For tests that pin "today". */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return HealthModule.ID;
    }

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        Optional<Caller> caller = CallerContext.current();
        PageRequest page = PageRequest.first(Math.max(1, limit));
        LocalDate today = LocalDate.now(clock);
        List<ActionListDTO> lists = new ArrayList<>();
        if (holds(caller, DUE_READERS)) {
            lists.add(due(today.getYear(), townshipCode, page, limit));
        }
        if (holds(caller, RESULT_READERS)) {
            lists.add(overdue(today, townshipCode, page, limit));
        }
        return lists;
    }

    private ActionListDTO due(int year, String townshipCode, PageRequest page, int limit) {
        ActionListDTO list = new ActionListDTO(HealthModule.ID, DUE, zh("actions.due", year), en("actions.due", year));
        list.hintZh = zh("actions.due.hint");
        list.hintEn = en("actions.due.hint");
        Page<DueWomanDTO> due = reports.dueList(year, townshipCode, null, page);
        list.total = due.total;
        for (DueWomanDTO woman : due.items.subList(0, Math.min(limit, due.items.size()))) {
            ActionItemDTO item = new ActionItemDTO(woman.personId, woman.name, woman.townshipCode, woman.villageCode);
            item.detailZh = DueList.reason(woman, Message.CHINESE);
            item.detailEn = DueList.reason(woman, Message.ENGLISH);
            list.items.add(item);
        }
        return list;
    }

    private ActionListDTO overdue(LocalDate today, String townshipCode, PageRequest page, int limit) {
        ActionListDTO list = new ActionListDTO(HealthModule.ID, OVERDUE, zh("actions.overdue"), en("actions.overdue"));
        list.hintZh = zh("actions.overdue.hint");
        list.hintEn = en("actions.overdue.hint");
        Page<FollowUpDTO> overdue = reports.overdueFollowUps(today, townshipCode, page);
        list.total = overdue.total;
        for (FollowUpDTO f : overdue.items.subList(0, Math.min(limit, overdue.items.size()))) {
            ActionItemDTO item = new ActionItemDTO(f.personId, f.name, f.townshipCode, null);
            item.detailZh = zh("actions.overdue.detail", f.followUpDue, f.daysOverdue);
            item.detailEn = en("actions.overdue.detail", f.followUpDue, f.daysOverdue);
            list.items.add(item);
        }
        return list;
    }

    /** No caller is code inside the container: trusted. */
    static boolean holds(Optional<Caller> caller, Set<String> roles) {
        return caller.map(c -> c.roles().stream().anyMatch(roles::contains)).orElse(true);
    }
}
