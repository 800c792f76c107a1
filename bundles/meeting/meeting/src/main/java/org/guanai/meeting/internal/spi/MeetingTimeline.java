package org.guanai.meeting.internal.spi;

import static org.guanai.meeting.internal.MeetingText.text;

import java.util.ArrayList;
import java.util.List;

import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.internal.service.Places;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The joint meeting on a person's timeline: matters raised about her, or about her household, and their closing.
 * Only matters the caller sees (the service scopes them); each list from an index on person or household.
 */
@Component(service = TimelineProvider.class)
public class MeetingTimeline implements TimelineProvider {

    static final String BASE = "/api/v1/meeting/matters/";

    private final MatterService matters;
    private final Places places;

    @Activate
    public MeetingTimeline(@Reference(name = "matters") MatterService matters,
                           @Reference(name = "places") Places places) {
        this.matters = matters;
        this.places = places;
    }

    @Override
    public String moduleId() {
        return MeetingModule.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        List<TimelineEntryDTO> entries = new ArrayList<>();
        MatterQuery own = new MatterQuery();
        own.personId = personId;
        matters.list(own, PageRequest.first(PageRequest.MAX_LIMIT)).items.forEach(m -> add(entries, m, false));
        Long household = places.person(personId).map((PersonDTO p) -> p.householdId).orElse(null);
        if (household != null) {
            MatterQuery family = new MatterQuery();
            family.householdId = household;
            for (MatterDTO m : matters.list(family, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
                if (m.personId == null) {
                    add(entries, m, true);
                }
            }
        }
        return entries;
    }

    /** A matter about her, or ({@code household}) about her household: 联席会议议定事项（家庭）：… / … (household): … */
    private static void add(List<TimelineEntryDTO> entries, MatterDTO m, boolean household) {
        String who = m.departmentName == null ? "" : " · " + m.departmentName;
        entries.add(new TimelineEntryDTO(m.raisedOn, MeetingModule.ID, "matter-raised",
                household ? text("timeline.raised.household", m.title, who) : text("timeline.raised", m.title, who),
                (String) null, BASE + m.id).detail(text("timeline.due", m.dueOn)));
        if (m.state == MatterState.DONE) {
            entries.add(new TimelineEntryDTO(m.doneOn, MeetingModule.ID, "matter-done",
                    household ? text("timeline.done.household", m.title) : text("timeline.done", m.title), m.result,
                    BASE + m.id));
        }
    }
}
