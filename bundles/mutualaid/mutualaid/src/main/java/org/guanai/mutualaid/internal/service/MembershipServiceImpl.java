package org.guanai.mutualaid.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.EndableServiceSupport;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.Scoping;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipQuery;
import org.guanai.mutualaid.api.MembershipService;
import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.mutualaid.internal.jpa.GroupEntity;
import org.guanai.mutualaid.internal.jpa.MembershipEntity;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who is in which group. A membership carries its group's divisions, so it is scoped as its group is. Joining is
 * refused for an ended group, for someone already an active member, and before the group was founded; leaving ends
 * the membership (never deletes it).
 */
@Component(service = MembershipService.class)
public class MembershipServiceImpl extends EndableServiceSupport<MembershipEntity, MembershipDTO>
        implements MembershipService {

    private final Registry registry;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public MembershipServiceImpl(@Reference(name = "jpa", target = MutualAidSchema.UNIT) JpaTemplate jpa,
                                 @Reference(name = "registry") Registry registry,
                                 @Reference(name = "visibility") Visibility visibility,
                                 @Reference(name = "schema") MutualAidSchema schema,
                                 @Reference(name = "audit") AuditService audit) {
        super(jpa, MembershipEntity.class, "membership");
        this.registry = registry;
        scopedBy(visibility, Scoping.byDivision("e.townshipCode", MembershipEntity::getTownshipCode,
                "e.villageCode", MembershipEntity::getVillageCode));
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected MembershipDTO toDto(EntityManager em, MembershipEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected MembershipDTO auditView(EntityManager em, MembershipEntity e) {
        MembershipDTO d = new MembershipDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.groupId = e.getGroupId();
        d.personId = e.getPersonId();
        d.volunteerId = e.getVolunteerId();
        d.role = e.getRole();
        d.joinedOn = e.getJoinedOn();
        d.notes = e.getNotes();
        d.status = e.getStatus();
        d.leftOn = e.getEndedOn();
        d.leaveNote = e.getEndNote();
        d.townshipCode = e.getTownshipCode();
        return d;
    }

    @Override
    protected List<MembershipDTO> toDtos(EntityManager em, List<MembershipEntity> entities) {
        Set<Long> personIds = new HashSet<>();
        Set<Long> volunteerIds = new HashSet<>();
        Map<Long, String> groupNames = new HashMap<>();
        for (MembershipEntity m : entities) {
            if (m.getPersonId() != null) {
                personIds.add(m.getPersonId());
            }
            if (m.getVolunteerId() != null) {
                volunteerIds.add(m.getVolunteerId());
            }
            groupNames.computeIfAbsent(m.getGroupId(), id -> em.find(GroupEntity.class, id).getName());
        }
        Names names = new Names(registry, personIds, volunteerIds);
        List<MembershipDTO> dtos = new ArrayList<>();
        for (MembershipEntity m : entities) {
            MembershipDTO d = auditView(em, m);
            d.name = names.of(m.getPersonId(), m.getVolunteerId());
            d.groupName = groupNames.get(m.getGroupId());
            dtos.add(d);
        }
        return dtos;
    }

    @Override
    public Page<MembershipDTO> list(MembershipQuery query, PageRequest page) {
        MembershipQuery q = query == null ? new MembershipQuery() : query;
        return listRecords(new Filter()
                .eq("e.groupId", q.groupId)
                .eq("e.personId", q.personId)
                .eq("e.volunteerId", q.volunteerId)
                .eq("e.status", q.status), page);
    }

    @Override
    public MembershipDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public MembershipDTO join(MembershipDTO membership) {
        MembershipDTO in = body(membership);
        Checks checks = new Checks();
        checks.require("groupId", in.groupId);
        checkMember(checks, in);
        MemberRole role = in.role == null ? MemberRole.MEMBER : in.role;
        java.time.LocalDate joined = in.joinedOn == null ? today() : in.joinedOn;
        notInFuture(checks, "joinedOn", joined, today());
        String notes = clean(in.notes);
        checks.maxLength("notes", notes, GroupServiceImpl.NOTES_MAX);
        checks.throwIfAny();
        return createRecord(em -> {
            GroupEntity group = group(em, in.groupId);
            Checks inGroup = new Checks();
            inGroup.check(group.getStatus() == Status.ACTIVE, "groupId", MutualAidText.text("group.ended", group.getEndedOn()));
            inGroup.check(!joined.isBefore(group.getFoundedOn()), "joinedOn", MutualAidText.text("date.beforeFounded", group.getFoundedOn()));
            long already = new Filter().eq("e.groupId", in.groupId).eq("e.personId", in.personId)
                    .eq("e.volunteerId", in.volunteerId).eq("e.status", Status.ACTIVE)
                    .page(em, MembershipEntity.class, PageRequest.first(1)).total;
            inGroup.check(already == 0, in.personId != null ? "personId" : "volunteerId",
                    MutualAidText.text("member.already", in.groupId));
            inGroup.throwIfAny();
            MembershipEntity e = new MembershipEntity();
            e.setGroupId(group.getId());
            e.setPersonId(in.personId);
            e.setVolunteerId(in.volunteerId);
            e.setRole(role);
            e.setJoinedOn(joined);
            e.setNotes(notes);
            e.setVillageCode(group.getVillageCode());
            e.setTownshipCode(group.getTownshipCode());
            return e;
        });
    }

    @Override
    public MembershipDTO update(long id, long expectedVersion, MembershipDTO membership) {
        MembershipDTO in = body(membership);
        Checks checks = new Checks();
        checks.require("role", in.role).require("joinedOn", in.joinedOn);
        notInFuture(checks, "joinedOn", in.joinedOn, today());
        String notes = clean(in.notes);
        checks.maxLength("notes", notes, GroupServiceImpl.NOTES_MAX);
        checks.throwIfAny();
        return updateRecord(id, expectedVersion, (em, e) -> {
            GroupEntity group = em.find(GroupEntity.class, e.getGroupId());
            Checks dates = new Checks();
            dates.check(!in.joinedOn.isBefore(group.getFoundedOn()), "joinedOn", MutualAidText.text("date.beforeFounded", group.getFoundedOn()));
            dates.check(e.getEndedOn() == null || !in.joinedOn.isAfter(e.getEndedOn()), "joinedOn",
                    MutualAidText.text("date.afterLeft", e.getEndedOn()));
            dates.throwIfAny();
            e.setRole(in.role);
            e.setJoinedOn(in.joinedOn);
            e.setNotes(notes);
        });
    }

    @Override
    public MembershipDTO leave(long id, long expectedVersion, EndRequest leave) {
        return endRecord(id, expectedVersion, leave);
    }

    @Override
    protected Message beginning() {
        return subject();
    }

    /** Exactly one of a registry person and a registry volunteer, one the caller sees. */
    private void checkMember(Checks checks, MembershipDTO in) {
        if (in.personId == null && in.volunteerId == null || in.personId != null && in.volunteerId != null) {
            checks.add(in.personId == null ? "personId" : "volunteerId",
                    MutualAidText.text("member.personOrVolunteer"));
            return;
        }
        if (in.personId != null) {
            checks.check(registry.person(in.personId).filter(p -> p.status == Status.ACTIVE).isPresent(), "personId",
                    MutualAidText.text("person.unknownOrEnded", in.personId));
        } else {
            VolunteerDTO v = registry.volunteer(in.volunteerId).orElse(null);
            checks.check(v != null && v.status == Status.ACTIVE, "volunteerId", MutualAidText.text("volunteer.unknown", in.volunteerId));
        }
    }

    /** The group, in the caller's divisions; else a bad {@code groupId}. */
    private GroupEntity group(EntityManager em, Long groupId) {
        GroupEntity group = em.find(GroupEntity.class, groupId);
        if (group == null || !scope().includes(group.getTownshipCode(), group.getVillageCode())) {
            throw ValidationException.of("groupId", MutualAidText.text("group.unknown", groupId));
        }
        return group;
    }
}
