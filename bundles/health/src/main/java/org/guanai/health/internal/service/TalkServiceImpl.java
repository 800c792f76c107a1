package org.guanai.health.internal.service;

import static org.guanai.health.internal.service.FieldLimits.NAME_MAX;
import static org.guanai.health.internal.service.FieldLimits.NOTES_MAX;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.api.TalkService;
import org.guanai.health.internal.jpa.TalkEntity;
import org.guanai.health.internal.schema.HealthSchema;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.ServiceSiteService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TalkService.class)
public class TalkServiceImpl extends RecordServiceSupport<TalkEntity, TalkDTO> implements TalkService {

    static final int TOPIC_MAX = 200;
    static final String WITH_ATTENDEE =
            "e.id IN (SELECT t.id FROM Talk t JOIN t.attendeeIds attendee WHERE attendee = ?)";

    private final RegistryLookups registry;

    @Activate
    public TalkServiceImpl(@Reference(name = "jpa", target = HealthUnit.TARGET) JpaTemplate jpa,
                           @Reference(name = "persons") PersonService persons,
                           @Reference(name = "sites") ServiceSiteService sites,
                           @Reference(name = "schema") HealthSchema schema,
                           @Reference(name = "audit") AuditService audit) {
        this(jpa, new RegistryLookups(persons, null, sites));
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    TalkServiceImpl(JpaTemplate jpa, RegistryLookups registry) {
        super(jpa, TalkEntity.class, "talk");
        this.registry = registry;
    }

    @Override
    protected TalkDTO toDto(EntityManager em, TalkEntity entity) {
        return TalkMapper.toDto(entity);
    }

    @Override
    public Page<TalkDTO> list(TalkQuery query, PageRequest page) {
        TalkQuery q = query == null ? new TalkQuery() : query;
        return listRecords(new Filter()
                .eq("e.siteId", q.siteId)
                .andIf(q.attendeeId, WITH_ATTENDEE)
                .andIf(q.from, "e.heldOn >= ?")
                .andIf(q.to, "e.heldOn <= ?"), page);
    }

    @Override
    public TalkDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public TalkDTO create(TalkDTO talk) {
        TalkDTO valid = validate(talk);
        return createRecord(em -> {
            TalkEntity entity = new TalkEntity();
            TalkMapper.apply(valid, entity);
            return entity;
        });
    }

    @Override
    public TalkDTO update(long id, long expectedVersion, TalkDTO talk) {
        TalkDTO valid = validate(talk);
        return updateRecord(id, expectedVersion, (em, entity) -> TalkMapper.apply(valid, entity));
    }

    /** Checks everything, the registry's site and persons included, before any transaction of ours. */
    private TalkDTO validate(TalkDTO in) {
        Checks checks = new Checks();
        TalkDTO out = new TalkDTO();
        out.heldOn = body(in).heldOn;
        checks.require("heldOn", in.heldOn);
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.siteId = in.siteId;
        checks.check(in.siteId == null || registry.siteExists(in.siteId), "siteId",
                "service site " + in.siteId + " does not exist");
        out.speaker = clean(in.speaker);
        checks.require("speaker", out.speaker).maxLength("speaker", out.speaker, NAME_MAX);
        out.topic = clean(in.topic);
        checks.require("topic", out.topic).maxLength("topic", out.topic, TOPIC_MAX);
        out.attendeeIds = attendees(in.attendeeIds, checks);
        int registered = out.attendeeIds.size();
        if (in.headCount < 0) {
            checks.add("headCount", "must not be negative");
        } else if (in.headCount == 0) {
            out.headCount = registered;
        } else {
            checks.check(in.headCount >= registered, "headCount",
                    "must be at least " + registered + ", the number of registered attendees");
            out.headCount = in.headCount;
        }
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    /** The distinct ids given, each checked to exist in the registry; errors in the order of the list. */
    private List<Long> attendees(List<Long> ids, Checks checks) {
        Set<Long> distinct = new LinkedHashSet<>();
        if (ids == null) {
            return new ArrayList<>();
        }
        ids.stream().filter(Objects::nonNull).forEach(distinct::add);
        Map<Long, PersonDTO> known = registry.persons(distinct);
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                checks.add("attendeeIds[" + i + "]", "is required");
            } else if (!known.containsKey(id)) {
                checks.add("attendeeIds[" + i + "]", "person " + id + " does not exist");
            }
        }
        return new ArrayList<>(distinct);
    }
}
