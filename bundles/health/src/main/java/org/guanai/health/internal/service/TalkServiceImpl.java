package org.guanai.health.internal.service;

import static org.guanai.health.internal.HealthText.text;
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
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport.AuditPlacement;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health talks. A talk is placed in a township (its site's, or the one given; none for a county-wide talk): a
 * caller sees the talks of the townships they see part of and the county-wide ones, and of their attendees only
 * those the caller sees.
 */
@Component(service = TalkService.class)
public class TalkServiceImpl extends RecordServiceSupport<TalkEntity, TalkDTO> implements TalkService {

    static final int TOPIC_MAX = 200;
    static final String WITH_ATTENDEE =
            "e.id IN (SELECT t.id FROM Talk t JOIN t.attendeeIds attendee WHERE attendee = ?)";
    static final Scoping<TalkEntity> SCOPING = Scoping.byTownship("e.townshipCode", TalkEntity::getTownshipCode);
    private static final Logger LOG = LoggerFactory.getLogger(TalkServiceImpl.class);

    private final RegistryLookups registry;
    private final Visibility visibility;

    @Activate
    public TalkServiceImpl(@Reference(name = "jpa", target = HealthUnit.TARGET) JpaTemplate jpa,
                           @Reference(name = "directory") PersonDirectory directory,
                           @Reference(name = "divisions") DivisionService divisions,
                           @Reference(name = "sites") ServiceSiteService sites,
                           @Reference(name = "visibility") Visibility visibility,
                           @Reference(name = "schema") HealthSchema schema,
                           @Reference(name = "audit") AuditService audit) {
        this(jpa, new RegistryLookups(null, directory, divisions, sites), visibility);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
        placeEarlierTalks();
    }

    TalkServiceImpl(JpaTemplate jpa, RegistryLookups registry, Visibility visibility) {
        super(jpa, TalkEntity.class, "talk");
        this.registry = registry;
        this.visibility = visibility;
        scopedBy(visibility, SCOPING);
    }

    @Override
    protected TalkDTO toDto(EntityManager em, TalkEntity entity) {
        return TalkMapper.toDto(entity);
    }

    @Override
    public Page<TalkDTO> list(TalkQuery query, PageRequest page) {
        TalkQuery q = query == null ? new TalkQuery() : query;
        Page<TalkDTO> talks = listRecords(new Filter()
                .eq("e.siteId", q.siteId)
                .andIf(q.attendeeId, WITH_ATTENDEE)
                .andIf(q.from, "e.heldOn >= ?")
                .andIf(q.to, "e.heldOn <= ?"), page);
        showVisibleAttendees(talks.items);
        return talks;
    }

    @Override
    public TalkDTO get(long id) {
        TalkDTO talk = getRecord(id);
        showVisibleAttendees(List.of(talk));
        return talk;
    }

    @Override
    public TalkDTO create(TalkDTO talk) {
        TalkDTO valid = validate(talk);
        TalkDTO created = createRecord(em -> {
            TalkEntity entity = new TalkEntity();
            TalkMapper.apply(valid, entity);
            return entity;
        });
        showVisibleAttendees(List.of(created));
        return created;
    }

    @Override
    public TalkDTO update(long id, long expectedVersion, TalkDTO talk) {
        TalkDTO valid = validate(talk);
        TalkDTO updated = updateRecord(id, expectedVersion, (em, entity) -> TalkMapper.apply(valid, entity));
        showVisibleAttendees(List.of(updated));
        return updated;
    }

    /** Of each talk's attendees, only those the caller sees (the head count still counts everyone). */
    private void showVisibleAttendees(List<TalkDTO> talks) {
        if (visibility == null || visibility.scope().isAll()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        talks.forEach(t -> ids.addAll(t.attendeeIds));
        Set<Long> visible = registry.persons(ids).keySet();
        talks.forEach(t -> t.attendeeIds.retainAll(visible));
    }

    /** Talks recorded before talks had a township take their site's, once, when the module starts. */
    private void placeEarlierTalks() {
        List<Long> siteIds = tx(em -> em.createQuery("SELECT DISTINCT e.siteId FROM Talk e"
                + " WHERE e.townshipCode IS NULL AND e.siteId IS NOT NULL", Long.class).getResultList());
        int placed = 0;
        for (Long siteId : siteIds) {
            String township = registry.site(siteId).map(s -> s.townshipCode).orElse(null);
            if (township != null) {
                placed += tx(em -> em.createQuery("UPDATE Talk e SET e.townshipCode = :t"
                        + " WHERE e.siteId = :s AND e.townshipCode IS NULL")
                        .setParameter("t", township).setParameter("s", siteId).executeUpdate());
            }
        }
        if (placed > 0) {
            LOG.info("Placed {} earlier health talks in their site's township", placed);
        }
    }

    /** Checks everything, the registry's site and persons included, before any transaction of ours. */
    private TalkDTO validate(TalkDTO in) {
        Checks checks = new Checks();
        TalkDTO out = new TalkDTO();
        out.heldOn = body(in).heldOn;
        checks.require("heldOn", in.heldOn);
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.siteId = in.siteId;
        place(in, out, checks);
        out.speaker = clean(in.speaker);
        checks.require("speaker", out.speaker).maxLength("speaker", out.speaker, NAME_MAX);
        out.topic = clean(in.topic);
        checks.require("topic", out.topic).maxLength("topic", out.topic, TOPIC_MAX);
        out.attendeeIds = attendees(in.attendeeIds, checks);
        int registered = out.attendeeIds.size();
        if (in.headCount < 0) {
            checks.add("headCount", text("notNegative"));
        } else if (in.headCount == 0) {
            out.headCount = registered;
        } else {
            checks.check(in.headCount >= registered, "headCount",
                    text("headCountBelowAttendees", registered));
            out.headCount = in.headCount;
        }
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    /** The talk's township: its site's (which the caller must see), or the one given, inside the caller's scope. */
    private void place(TalkDTO in, TalkDTO out, Checks checks) {
        String field = "townshipCode";
        if (in.siteId != null) {
            ServiceSiteDTO site = registry.site(in.siteId).orElse(null);
            checks.check(site != null, "siteId", Checks.text("doesNotExist", Message.recordType("service site"), in.siteId));
            out.townshipCode = site == null ? null : site.townshipCode;
            field = "siteId";
        } else {
            out.townshipCode = clean(in.townshipCode);
            if (out.townshipCode != null) {
                registry.checkTownship(checks, field, out.townshipCode);
            }
        }
        Scope scope = visibility == null ? Scope.all() : visibility.scope();
        if (out.townshipCode == null) {
            checks.check(scope.isAll() || in.siteId != null, field,
                    text("countyWideTalk"));
        } else {
            checks.check(scope.isAll() || scope.touchedTownships().contains(out.townshipCode), field,
                    Checks.text("outsideScope", out.townshipCode));
        }
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
                checks.add("attendeeIds[" + i + "]", Checks.text("required"));
            } else if (!known.containsKey(id)) {
                checks.add("attendeeIds[" + i + "]", Checks.text("doesNotExist", Message.recordType("person"), id));
            }
        }
        return new ArrayList<>(distinct);
    }
}
