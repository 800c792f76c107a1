package org.guanai.training.internal.spi;

import static org.guanai.training.internal.service.Text.en;
import static org.guanai.training.internal.service.Text.zh;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.ActionItemDTO;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.ActionListProvider;
import org.guanai.training.api.DueFollowUpDTO;
import org.guanai.training.api.FollowUpService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The dashboard's list of trainees to call: follow-ups due and not recorded. */
@Component(service = ActionListProvider.class)
public class TrainingActionLists implements ActionListProvider {

    static final String DUE = "follow-ups-due";
    /** As {@code GET /api/v1/training/follow-ups/due} allows. */
    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, TrainingModule.ROLE);

    private final FollowUpService followUps;
    private Clock clock = Clock.systemDefaultZone();

    @Activate
    public TrainingActionLists(@Reference(name = "followUps") FollowUpService followUps) {
        this.followUps = followUps;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return TrainingModule.ID;
    }

    @Override
    public List<ActionListDTO> actionLists(String townshipCode, int limit) {
        Optional<Caller> caller = CallerContext.current();
        if (!caller.map(c -> c.roles().stream().anyMatch(READERS::contains)).orElse(true)) {
            return List.of();
        }
        ActionListDTO list = new ActionListDTO(TrainingModule.ID, DUE, zh("actions.due"), en("actions.due"));
        list.hintZh = zh("actions.due.hint");
        list.hintEn = en("actions.due.hint");
        Page<DueFollowUpDTO> due = followUps.due(LocalDate.now(clock), townshipCode, PageRequest.first(Math.max(1, limit)));
        list.total = due.total;
        for (DueFollowUpDTO d : due.items) {
            ActionItemDTO item = new ActionItemDTO(d.personId, d.personName, d.townshipCode, d.villageCode);
            int months = d.round.months();
            item.detailZh = zh("actions.due.detail", d.courseTitle, months, d.dueOn);
            item.detailEn = en("actions.due.detail", d.courseTitle, months, d.dueOn);
            item.href = "/api/v1/training/enrolments/" + d.enrolmentId;
            list.items.add(item);
        }
        return List.of(list);
    }
}
