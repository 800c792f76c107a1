package org.guanai.mutualaid.internal.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityQuery;
import org.guanai.mutualaid.api.ActivityService;
import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.mutualaid.internal.jpa.ActivityEntity;
import org.guanai.mutualaid.internal.jpa.GroupEntity;
import org.guanai.mutualaid.internal.jpa.MembershipEntity;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What groups did. An activity lies where its group does; it is held between the group's founding and its end (or
 * today), its participants are memberships of that group on that day, its beneficiaries registry persons and
 * households the caller sees.
 */
@Component(service = ActivityService.class)
public class ActivityServiceImpl extends RecordServiceSupport<ActivityEntity, ActivityDTO> implements ActivityService {

    static final int NOTE_MAX = 2000;
    static final int IDS_MAX = 500;
    static final BigDecimal HOURS_MAX = new BigDecimal("24");

    private final Registry registry;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public ActivityServiceImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                               @Reference(name = "registry") Registry registry,
                               @Reference(name = "visibility") Visibility visibility,
                               @Reference(name = "schema") MutualAidSchema schema,
                               @Reference(name = "audit") AuditService audit) {
        super(jpa, ActivityEntity.class, "activity");
        this.registry = registry;
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", ActivityEntity::getTownshipCode,
                "e.villageCode", ActivityEntity::getVillageCode));
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected ActivityDTO toDto(EntityManager em, ActivityEntity e) {
        ActivityDTO d = new ActivityDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.groupId = e.getGroupId();
        d.heldOn = e.getHeldOn();
        d.kind = e.getKind();
        d.hours = e.getHours();
        d.participantIds = new ArrayList<>(e.getParticipantIds());
        d.beneficiaryPersonIds = new ArrayList<>(e.getBeneficiaryPersonIds());
        d.beneficiaryHouseholdIds = new ArrayList<>(e.getBeneficiaryHouseholdIds());
        d.note = e.getNote();
        d.villageCode = e.getVillageCode();
        d.townshipCode = e.getTownshipCode();
        GroupEntity group = em.find(GroupEntity.class, e.getGroupId());
        d.groupName = group == null ? null : group.getName();
        return d;
    }

    @Override
    public Page<ActivityDTO> list(ActivityQuery query, PageRequest page) {
        ActivityQuery q = query == null ? new ActivityQuery() : query;
        Filter filter = new Filter()
                .eq("e.groupId", q.groupId)
                .eq("e.townshipCode", q.townshipCode)
                .eq("e.kind", q.kind)
                .andIf(q.from, "e.heldOn >= ?")
                .andIf(q.to, "e.heldOn <= ?");
        return listRecords(filter, page, "e.heldOn DESC, e.id DESC");
    }

    /** {@link #listRecords} in another order: newest first. */
    private Page<ActivityDTO> listRecords(Filter filter, PageRequest page, String order) {
        Scoping.Condition inside = Scoping.condition(scope(), "e.townshipCode", "e.villageCode");
        if (inside != null) {
            inside.addTo(filter);
        }
        return tx(em -> {
            Page<ActivityEntity> entities = filter.page(em, ActivityEntity.class, page, order);
            List<ActivityDTO> items = new ArrayList<>();
            entities.items.forEach(e -> items.add(toDto(em, e)));
            return new Page<>(items, entities.total, entities.offset, entities.limit);
        });
    }

    @Override
    public ActivityDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public ActivityDTO create(ActivityDTO activity) {
        ActivityDTO valid = validate(activity);
        return createRecord(em -> apply(em, valid, new ActivityEntity()));
    }

    @Override
    public ActivityDTO update(long id, long expectedVersion, ActivityDTO activity) {
        ActivityDTO valid = validate(activity);
        return updateRecord(id, expectedVersion, (em, entity) -> apply(em, valid, entity));
    }

    /** Checks what needs the group and its memberships (in the write's transaction), then sets the fields. */
    private ActivityEntity apply(EntityManager em, ActivityDTO d, ActivityEntity e) {
        GroupEntity group = em.find(GroupEntity.class, d.groupId);
        if (group == null || !scope().includes(group.getTownshipCode(), group.getVillageCode())) {
            throw ValidationException.of("groupId", MutualAidText.text("group.unknown", d.groupId));
        }
        Checks checks = new Checks();
        checks.check(!d.heldOn.isBefore(group.getFoundedOn()), "heldOn", MutualAidText.text("date.beforeFounded", group.getFoundedOn()));
        checks.check(group.getEndedOn() == null || !d.heldOn.isAfter(group.getEndedOn()), "heldOn",
                MutualAidText.text("date.afterGroupEnded", group.getEndedOn()));
        Map<Long, MembershipEntity> members = new HashMap<>();
        if (!d.participantIds.isEmpty()) {
            new Filter().and("e.id IN ?", new ArrayList<>(d.participantIds))
                    .list(em, MembershipEntity.class, "e.id").forEach(m -> members.put(m.getId(), m));
        }
        for (Long id : d.participantIds) {
            MembershipEntity m = members.get(id);
            boolean onTheDay = m != null && m.getGroupId().equals(group.getId()) && !m.getJoinedOn().isAfter(d.heldOn)
                    && (m.getEndedOn() == null || !m.getEndedOn().isBefore(d.heldOn));
            checks.check(onTheDay, "participantIds", MutualAidText.text("membership.notOfGroup", id, d.heldOn));
        }
        checks.throwIfAny();
        e.setGroupId(group.getId());
        e.setHeldOn(d.heldOn);
        e.setKind(d.kind);
        e.setHours(d.hours);
        e.setNote(d.note);
        e.setParticipantIds(d.participantIds);
        e.setBeneficiaryPersonIds(d.beneficiaryPersonIds);
        e.setBeneficiaryHouseholdIds(d.beneficiaryHouseholdIds);
        e.setVillageCode(group.getVillageCode());
        e.setTownshipCode(group.getTownshipCode());
        return e;
    }

    /** Everything but what needs the group, before any transaction of ours. */
    private ActivityDTO validate(ActivityDTO in) {
        Checks checks = new Checks();
        ActivityDTO out = new ActivityDTO();
        out.groupId = body(in).groupId;
        checks.require("groupId", in.groupId);
        out.heldOn = in.heldOn;
        checks.require("heldOn", in.heldOn);
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.kind = in.kind;
        checks.require("kind", in.kind);
        out.hours = in.hours;
        checks.check(in.hours == null || in.hours.signum() > 0 && in.hours.compareTo(HOURS_MAX) <= 0
                && in.hours.scale() <= 1, "hours", MutualAidText.text("hours.range"));
        out.note = clean(in.note);
        checks.maxLength("note", out.note, NOTE_MAX);
        out.participantIds = distinct(checks, "participantIds", in.participantIds);
        out.beneficiaryPersonIds = distinct(checks, "beneficiaryPersonIds", in.beneficiaryPersonIds);
        out.beneficiaryHouseholdIds = distinct(checks, "beneficiaryHouseholdIds", in.beneficiaryHouseholdIds);
        Map<Long, ?> seen = registry.persons(out.beneficiaryPersonIds);
        for (Long id : out.beneficiaryPersonIds) {
            checks.check(seen.containsKey(id), "beneficiaryPersonIds", MutualAidText.text("person.unknown", id));
        }
        for (Long id : out.beneficiaryHouseholdIds) {
            checks.check(registry.household(id).isPresent(), "beneficiaryHouseholdIds", MutualAidText.text("household.unknown", id));
        }
        checks.throwIfAny();
        return out;
    }

    private static List<Long> distinct(Checks checks, String field, List<Long> ids) {
        Set<Long> out = new LinkedHashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                checks.check(id != null, field, MutualAidText.text("ids.null"));
                if (id != null) {
                    out.add(id);
                }
            }
        }
        checks.check(out.size() <= IDS_MAX, field, MutualAidText.text("ids.atMost", IDS_MAX));
        return new ArrayList<>(out);
    }
}
