package org.guanai.mutualaid.internal.spi;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A person's groups on her registry timeline (never sensitive details: the timeline is read widely). */
@Component(service = TimelineProvider.class)
public class MutualAidTimeline implements TimelineProvider {

    private final GroupService records;

    @Activate
    public MutualAidTimeline(@Reference(name = "records") GroupService records) {
        this.records = records;
    }

    @Override
    public String moduleId() {
        return MutualAidModule.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        GroupQuery query = new GroupQuery();
        query.personId = personId;
        List<TimelineEntryDTO> entries = new ArrayList<>();
        for (GroupDTO r : records.list(query, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            entries.add(new TimelineEntryDTO(r.heldOn, MutualAidModule.ID, "group", r.name, r.notes,
                    "/api/v1/mutual-aid/groups/" + r.id));
        }
        return entries;
    }
}
