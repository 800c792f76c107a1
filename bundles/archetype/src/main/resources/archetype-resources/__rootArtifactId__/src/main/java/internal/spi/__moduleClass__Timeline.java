package ${package}.internal.spi;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.spi.TimelineProvider;
import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Query;
import ${package}.api.${aggregate}Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A person's ${aggregates} on her registry timeline (never sensitive details: the timeline is read widely). */
@Component(service = TimelineProvider.class)
public class ${moduleClass}Timeline implements TimelineProvider {

    private final ${aggregate}Service records;

    @Activate
    public ${moduleClass}Timeline(@Reference(name = "records") ${aggregate}Service records) {
        this.records = records;
    }

    @Override
    public String moduleId() {
        return ${moduleClass}Module.ID;
    }

    @Override
    public List<TimelineEntryDTO> entriesFor(long personId) {
        ${aggregate}Query query = new ${aggregate}Query();
        query.personId = personId;
        List<TimelineEntryDTO> entries = new ArrayList<>();
        for (${aggregate}DTO r : records.list(query, PageRequest.first(PageRequest.MAX_LIMIT)).items) {
            entries.add(new TimelineEntryDTO(r.heldOn, ${moduleClass}Module.ID, "${aggregate.toLowerCase()}", r.name, r.notes,
                    "/api/v1/${rootArtifactId}/${aggregates}/" + r.id));
        }
        return entries;
    }
}
