package org.guanai.registry.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.TimelineDTO;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.TimelineService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.spi.TimelineProvider;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.jpa.ServiceRecordEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.registry.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A person's service records plus what the installed modules' timeline providers contribute. */
@Component(service = TimelineService.class)
public class TimelineServiceImpl implements TimelineService {

    static final String MODULE_ID = "registry";
    static final String KIND = "service-record";

    private static final Logger LOG = LoggerFactory.getLogger(TimelineServiceImpl.class);
    private static final Comparator<TimelineEntryDTO> NEWEST_FIRST = Comparator.comparing(
            (TimelineEntryDTO e) -> e.date, Comparator.nullsLast(Comparator.reverseOrder()));

    private final JpaTemplate jpa;
    private final CallerView view;
    // Modules come and go while timelines are read.
    private final List<TimelineProvider> providers = new CopyOnWriteArrayList<>();

    /** For {@code person.read} rows; null in tests that do not audit. */
    private final AuditService audit;

    @Activate
    public TimelineServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                               @Reference(name = "visibility") Visibility visibility,
                               @Reference(name = "schema") RegistrySchema schema,
                               @Reference(name = "audit") AuditService audit) {
        this.jpa = jpa;
        this.view = new CallerView(visibility);
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(TimelineProvider provider) {
        providers.add(provider);
    }

    void removeProvider(TimelineProvider provider) {
        providers.remove(provider);
    }

    @Override
    public TimelineDTO timeline(long personId) {
        TimelineDTO timeline = new TimelineDTO();
        timeline.personId = personId;
        timeline.entries.addAll(serviceRecords(personId));
        for (TimelineProvider provider : providers) {
            String moduleId = moduleId(provider);
            try {
                List<TimelineEntryDTO> entries = provider.entriesFor(personId);
                if (entries != null) {
                    timeline.entries.addAll(entries);
                }
            } catch (RuntimeException e) {
                LOG.warn("Timeline provider of module {} failed for person {}", moduleId, personId, e);
                timeline.unavailableModules.add(moduleId);
            }
        }
        timeline.entries.sort(NEWEST_FIRST);
        PersonReads.record(audit, personId, "timeline");
        return timeline;
    }

    private List<TimelineEntryDTO> serviceRecords(long personId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PersonEntity person = em.find(PersonEntity.class, personId);
            // outside the caller's divisions a person does not exist for them
            if (person == null || !view.scope().includes(person.getTownshipCode(), person.getVillageCode())) {
                throw new NotFoundException("person", personId);
            }
            return new Filter().and(ServiceRecordServiceImpl.WITH_PERSON, personId)
                    .list(em, ServiceRecordEntity.class, "e.date DESC, e.id DESC")
                    .stream()
                    .map(TimelineServiceImpl::entry)
                    .toList();
        });
    }

    private static TimelineEntryDTO entry(ServiceRecordEntity r) {
        // the kind's label in the registry API's bundle: 走访 / visit
        Message title = r.getKind() == null ? null : Message.label(r.getKind());
        return new TimelineEntryDTO(r.getDate(), MODULE_ID, KIND, title, r.getSummary(),
                "/api/v1/service-records/" + r.getId());
    }

    private static String moduleId(TimelineProvider provider) {
        try {
            return provider.moduleId();
        } catch (RuntimeException e) {
            return provider.getClass().getName();
        }
    }
}
