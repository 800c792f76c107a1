package org.guanai.meeting.internal.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.api.ProgressDTO;
import org.guanai.meeting.internal.MeetingText;
import org.guanai.meeting.internal.jpa.DepartmentEntity;
import org.guanai.meeting.internal.jpa.MatterEntity;
import org.guanai.meeting.internal.jpa.MeetingEntity;
import org.guanai.meeting.internal.jpa.ProgressEntity;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Matters raised at the joint meeting, kept to the caller's divisions and the county-wide ones
 * ({@link MatterScoping}); the rules of their dates and states are {@link MatterRules}. Closing one is audited as
 * {@code matter.end}; its progress notes are {@link Progress}.
 */
@Component(service = MatterService.class)
public class MatterServiceImpl extends RecordServiceSupport<MatterEntity, MatterDTO> implements MatterService {

    static final int RESULT_MAX = 2000;

    private final Places places;
    private final MatterScoping scoping = new MatterScoping();
    private final Progress progress;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public MatterServiceImpl(@Reference(name = "jpa", target = MeetingSchema.UNIT) JpaTemplate jpa,
                             @Reference(name = "places") Places places,
                             @Reference(name = "visibility") Visibility visibility,
                             @Reference(name = "schema") MeetingSchema schema,
                             @Reference(name = "audit") AuditService audit) {
        super(jpa, MatterEntity.class, "matter");
        this.places = places;
        scopedBy(visibility, scoping);
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
        this.progress = new Progress(jpa, audit, this);
    }

    @Override
    protected MatterDTO toDto(EntityManager em, MatterEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    /** The stored fields only: what the audit trail compares. */
    @Override
    protected MatterDTO auditView(EntityManager em, MatterEntity e) {
        MatterDTO d = new MatterDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.meetingId = e.getMeetingId();
        d.raisedOn = e.getRaisedOn();
        d.raisedBy = e.getRaisedBy();
        d.title = e.getTitle();
        d.description = e.getDescription();
        d.townshipCode = e.getTownshipCode();
        d.villageCode = e.getVillageCode();
        d.householdId = e.getHouseholdId();
        d.personId = e.getPersonId();
        d.departmentId = e.getDepartmentId();
        d.dueOn = e.getDueOn();
        d.state = e.getState();
        d.doneOn = e.getDoneOn();
        d.result = e.getResult();
        return d;
    }

    /** With department names, progress counts and the names of whom they concern: a few queries for a page. */
    @Override
    protected List<MatterDTO> toDtos(EntityManager em, List<MatterEntity> entities) {
        List<MatterDTO> dtos = new ArrayList<>();
        if (entities.isEmpty()) {
            return dtos;
        }
        List<Long> ids = new ArrayList<>();
        Set<Long> departments = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> households = new HashSet<>();
        for (MatterEntity e : entities) {
            ids.add(e.getId());
            departments.add(e.getDepartmentId());
            if (e.getPersonId() != null) {
                persons.add(e.getPersonId());
            } else if (e.getHouseholdId() != null) {
                households.add(e.getHouseholdId());
            }
        }
        Map<Long, String> departmentNames = new HashMap<>();
        new Filter().and("e.id IN ?", new ArrayList<>(departments)).list(em, DepartmentEntity.class, "e.id")
                .forEach(d -> departmentNames.put(d.getId(), d.getName()));
        Map<Long, Object[]> notes = new HashMap<>();
        for (Object[] row : new Filter().and("e.matterId IN ?", ids)
                .groupBy(em, ProgressEntity.class, "e.matterId, COUNT(e), MAX(e.notedOn)", "e.matterId")) {
            notes.put((Long) row[0], row);
        }
        Map<Long, PersonDTO> people = places.persons(persons);
        Map<Long, String> heads = places.householdHeads(households);
        LocalDate today = today();
        for (MatterEntity e : entities) {
            MatterDTO d = auditView(em, e);
            d.departmentName = departmentNames.get(e.getDepartmentId());
            d.overdue = MatterRules.overdue(e.getState(), e.getDueOn(), today);
            Object[] n = notes.get(e.getId());
            d.progressCount = n == null ? 0 : ((Number) n[1]).longValue();
            d.lastProgressOn = n == null ? null : (LocalDate) n[2];
            if (e.getPersonId() != null) {
                PersonDTO p = people.get(e.getPersonId());
                d.concerns = p == null ? null : p.name;
            } else if (e.getHouseholdId() != null) {
                String head = heads.get(e.getHouseholdId());
                d.concerns = head == null ? null : head + "户";
            }
            dtos.add(d);
        }
        return dtos;
    }

    @Override
    public Page<MatterDTO> list(MatterQuery query, PageRequest page) {
        MatterQuery q = query == null ? new MatterQuery() : query;
        Filter filter = filter(q, today());
        scoping.restrict(filter, scope());
        return tx(em -> {
            Page<MatterEntity> entities = filter.page(em, MatterEntity.class, page, "e.dueOn, e.id");
            return new Page<>(toDtos(em, entities.items), entities.total, entities.offset, entities.limit);
        });
    }

    /** The query's conditions, without the caller's scope. */
    static Filter filter(MatterQuery q, LocalDate today) {
        Filter f = new Filter().eq("e.meetingId", q.meetingId).eq("e.departmentId", q.departmentId)
                .eq("e.state", q.state).eq("e.personId", q.personId).eq("e.householdId", q.householdId);
        if (q.townshipCode != null) {
            f.and(Boolean.TRUE.equals(q.countyWide) ? "(e.townshipCode = ? OR e.townshipCode IS NULL)"
                    : "e.townshipCode = ?", q.townshipCode);
        }
        f.andIf(q.raisedFrom, "e.raisedOn >= ?").andIf(q.raisedTo, "e.raisedOn <= ?");
        if (Boolean.TRUE.equals(q.overdue)) {
            f.eq("e.state", MatterState.OPEN).and("e.dueOn < ?", today);
        } else if (Boolean.FALSE.equals(q.overdue)) {
            f.and("(e.state = ? OR e.dueOn >= ?)", MatterState.DONE, today);
        }
        return f;
    }

    @Override
    public MatterDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public MatterDTO create(MatterDTO matter) {
        Checks checks = new Checks();
        MatterDTO valid = MatterInput.check(matter, places, checks);
        checkInScope(checks, valid.villageCode == null ? "townshipCode" : "villageCode", valid.townshipCode,
                valid.villageCode);
        return createRecord(em -> {
            MatterEntity e = new MatterEntity();
            references(em, checks, valid, e);
            return apply(valid, e);
        });
    }

    @Override
    public MatterDTO update(long id, long expectedVersion, MatterDTO matter) {
        Checks checks = new Checks();
        MatterDTO valid = MatterInput.check(matter, places, checks);
        checkInScope(checks, valid.villageCode == null ? "townshipCode" : "villageCode", valid.townshipCode,
                valid.villageCode);
        return updateRecord(id, expectedVersion, (em, e) -> {
            MatterRules.open(checks, e.getState(), "state");
            checks.check(valid.meetingId == null || valid.meetingId.equals(e.getMeetingId()), "meetingId",
                    MeetingText.text("matter.meetingFixed"));
            references(em, checks, valid, e);
            apply(valid, e);
        });
    }

    /** The meeting and department must exist (the department still a member); the due day follows the meeting. */
    private static void references(EntityManager em, Checks checks, MatterDTO valid, MatterEntity e) {
        MeetingEntity meeting = reference(em, checks, "meetingId", MeetingEntity.class, "meeting", valid.meetingId);
        DepartmentEntity department = reference(em, checks, "departmentId", DepartmentEntity.class, "department",
                valid.departmentId);
        checks.check(department == null || department.getStatus() == Status.ACTIVE
                || department.getId().equals(e.getDepartmentId()), "departmentId",
                MeetingText.text("department.left"));
        if (meeting != null) {
            e.setRaisedOn(meeting.getHeldOn());
            MatterRules.due(checks, meeting.getHeldOn(), valid.dueOn);
        }
        checks.throwIfAny();
    }

    @Override
    public MatterDTO done(long id, long expectedVersion, DoneRequest done) {
        DoneRequest d = body(done);
        LocalDate on = d.doneOn == null ? today() : d.doneOn;
        String result = clean(d.result);
        return changeRecord(AuditOperations.END, id, expectedVersion, (em, e) -> {
            Checks checks = new Checks();
            MatterRules.done(checks, e.getState(), e.getRaisedOn(), on, result, today());
            checks.maxLength("result", result, RESULT_MAX).throwIfAny();
            e.setState(MatterState.DONE);
            e.setDoneOn(on);
            e.setResult(result);
        });
    }

    @Override
    public ProgressDTO addProgress(ProgressDTO note) {
        return progress.add(note);
    }

    @Override
    public ProgressDTO progressNote(long id) {
        return progress.one(id);
    }

    @Override
    public List<ProgressDTO> progress(long matterId) {
        return progress.of(matterId);
    }

    /** The matter, if the caller sees it: for its progress notes. */
    MatterEntity visible(EntityManager em, long id) {
        return find(em, id);
    }

    LocalDate now() {
        return today();
    }

    private static MatterEntity apply(MatterDTO d, MatterEntity e) {
        e.setMeetingId(d.meetingId);
        e.setRaisedBy(d.raisedBy);
        e.setTitle(d.title);
        e.setDescription(d.description);
        e.setTownshipCode(d.townshipCode);
        e.setVillageCode(d.villageCode);
        e.setHouseholdId(d.householdId);
        e.setPersonId(d.personId);
        e.setDepartmentId(d.departmentId);
        e.setDueOn(d.dueOn);
        return e;
    }
}
