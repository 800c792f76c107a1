package org.guanai.legal.internal.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.EventQuery;
import org.guanai.legal.api.PromotionEventDTO;
import org.guanai.legal.api.PromotionEventService;
import org.guanai.legal.api.Topic;
import org.guanai.legal.internal.LegalText;
import org.guanai.legal.internal.jpa.EventEntity;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Legal promotion events. Ordinary data: the base class scopes every read and write to the caller's divisions (an
 * event of a whole township is seen by whoever sees any of it) and audits the writes.
 */
@Component(service = PromotionEventService.class)
public class EventServiceImpl extends RecordServiceSupport<EventEntity, PromotionEventDTO> implements PromotionEventService {

    static final int PLACE_MAX = 100;
    static final int NOTES_MAX = 2000;
    static final int HEAD_COUNT_MAX = 100_000;
    static final int MATERIALS_MAX = 1_000_000;
    static final int ATTENDEES_MAX = 500;

    private final Registry registry;

    /** {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public EventServiceImpl(@Reference(name = "jpa", target = LegalSchema.UNIT) JpaTemplate jpa,
                            @Reference(name = "registry") Registry registry,
                            @Reference(name = "visibility") Visibility visibility,
                            @Reference(name = "schema") LegalSchema schema,
                            @Reference(name = "audit") AuditService audit) {
        super(jpa, EventEntity.class, "legal-event");
        this.registry = registry;
        scopedBy(visibility, Scoping.byTownship("e.townshipCode", EventEntity::getTownshipCode));
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected PromotionEventDTO toDto(EntityManager em, EventEntity e) {
        PromotionEventDTO d = new PromotionEventDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.heldOn = e.getHeldOn();
        d.kind = e.getKind();
        d.townshipCode = e.getTownshipCode();
        d.villageCode = e.getVillageCode();
        d.place = e.getPlace();
        d.topics = split(e.getTopics(), Topic.class);
        d.partners = split(e.getPartners(), Department.class);
        d.headCount = e.getHeadCount();
        d.materials = e.getMaterials();
        d.attendeePersonIds = new ArrayList<>(e.getAttendeePersonIds());
        d.notes = e.getNotes();
        return d;
    }

    @Override
    public Page<PromotionEventDTO> list(EventQuery query, PageRequest page) {
        EventQuery q = query == null ? new EventQuery() : query;
        Filter f = new Filter().eq("e.townshipCode", q.townshipCode).eq("e.villageCode", q.villageCode)
                .eq("e.kind", q.kind).andIf(q.from, "e.heldOn >= ?").andIf(q.to, "e.heldOn <= ?");
        if (q.topic != null) {
            f.and("e.topics LIKE ?", "%" + q.topic.name() + "%");
        }
        return listNewestFirst(f, page);
    }

    private Page<PromotionEventDTO> listNewestFirst(Filter f, PageRequest page) {
        Scoping.Condition inside = Scoping.townshipCondition(scope(), "e.townshipCode");
        if (inside != null) {
            inside.addTo(f);
        }
        return tx(em -> {
            Page<EventEntity> entities = f.page(em, EventEntity.class, page, "e.heldOn DESC, e.id DESC");
            return new Page<>(toDtos(em, entities.items), entities.total, entities.offset, entities.limit);
        });
    }

    @Override
    public PromotionEventDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public PromotionEventDTO create(PromotionEventDTO event) {
        PromotionEventDTO valid = validate(event);
        return createRecord(em -> apply(valid, new EventEntity()));
    }

    @Override
    public PromotionEventDTO update(long id, long expectedVersion, PromotionEventDTO event) {
        PromotionEventDTO valid = validate(event);
        return updateRecord(id, expectedVersion, (em, entity) -> apply(valid, entity));
    }

    private static EventEntity apply(PromotionEventDTO d, EventEntity e) {
        e.setHeldOn(d.heldOn);
        e.setKind(d.kind);
        e.setTownshipCode(d.townshipCode);
        e.setVillageCode(d.villageCode);
        e.setPlace(d.place);
        e.setTopics(join(d.topics));
        e.setPartners(d.partners.isEmpty() ? null : join(d.partners));
        e.setHeadCount(d.headCount);
        e.setMaterials(d.materials);
        e.getAttendeePersonIds().clear();
        e.getAttendeePersonIds().addAll(d.attendeePersonIds);
        e.setNotes(d.notes);
        return e;
    }

    /** Everything, the registry's divisions and persons included, before any transaction of ours. */
    private PromotionEventDTO validate(PromotionEventDTO in) {
        Checks checks = new Checks();
        PromotionEventDTO out = new PromotionEventDTO();
        out.heldOn = body(in).heldOn;
        checks.require("heldOn", in.heldOn);
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.kind = in.kind;
        checks.require("kind", in.kind);
        placeIn(checks, in, out);
        out.place = clean(in.place);
        checks.maxLength("place", out.place, PLACE_MAX);
        out.topics = distinct(in.topics);
        checks.require("topics", out.topics);
        out.partners = distinct(in.partners);
        out.headCount = in.headCount;
        checks.check(in.headCount >= 0 && in.headCount <= HEAD_COUNT_MAX, "headCount",
                LegalText.text("range.zeroTo", HEAD_COUNT_MAX));
        out.materials = in.materials;
        checks.check(in.materials >= 0 && in.materials <= MATERIALS_MAX, "materials",
                LegalText.text("range.zeroTo", MATERIALS_MAX));
        out.attendeePersonIds = distinct(in.attendeePersonIds);
        checks.check(out.attendeePersonIds.size() <= ATTENDEES_MAX, "attendeePersonIds",
                LegalText.text("attendees.atMost", ATTENDEES_MAX));
        checks.check(out.attendeePersonIds.size() <= out.headCount, "headCount",
                LegalText.text("headCount.belowAttendees"));
        if (!out.attendeePersonIds.isEmpty() && out.attendeePersonIds.size() <= ATTENDEES_MAX) {
            Map<Long, PersonDTO> found = registry.persons(out.attendeePersonIds);
            for (int i = 0; i < out.attendeePersonIds.size(); i++) {
                Long id = out.attendeePersonIds.get(i);
                checks.check(found.containsKey(id), "attendeePersonIds[" + i + "]",
                        LegalText.text("person.unknown", id));
            }
        }
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    /** The village (and its township), or the township alone; inside the caller's divisions. */
    private void placeIn(Checks checks, PromotionEventDTO in, PromotionEventDTO out) {
        out.villageCode = clean(in.villageCode);
        out.townshipCode = clean(in.townshipCode);
        if (out.villageCode != null) {
            DivisionDTO village = registry.division(out.villageCode, DivisionLevel.VILLAGE).orElse(null);
            checks.check(village != null, "villageCode", LegalText.text("village.notInCounty", out.villageCode));
            if (village != null) {
                checks.check(out.townshipCode == null || out.townshipCode.equals(village.parentCode), "townshipCode",
                        LegalText.text("village.otherTownship"));
                out.townshipCode = village.parentCode;
            }
        } else {
            checks.require("townshipCode", out.townshipCode);
            checks.check(out.townshipCode == null || registry.division(out.townshipCode, DivisionLevel.TOWNSHIP).isPresent(),
                    "townshipCode", LegalText.text("township.notInCounty", out.townshipCode));
        }
        checkInScope(checks, out.villageCode != null ? "villageCode" : "townshipCode", out.townshipCode,
                out.villageCode);
    }

    static <T> List<T> distinct(List<T> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        Set<T> seen = new LinkedHashSet<>();
        values.stream().filter(v -> v != null).forEach(seen::add);
        return new ArrayList<>(seen);
    }

    static String join(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        if (joined == null || joined.isBlank()) {
            return new ArrayList<>();
        }
        return Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).collect(Collectors.toList());
    }
}
