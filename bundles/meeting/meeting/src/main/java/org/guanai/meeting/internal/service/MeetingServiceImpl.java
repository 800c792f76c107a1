package org.guanai.meeting.internal.service;

import java.time.LocalDate;
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
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.api.MeetingService;
import org.guanai.meeting.internal.MeetingText;
import org.guanai.meeting.internal.jpa.DepartmentEntity;
import org.guanai.meeting.internal.jpa.MatterEntity;
import org.guanai.meeting.internal.jpa.MeetingEntity;
import org.guanai.meeting.internal.jpa.ProgressEntity;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The joint meeting's sittings: county records, not placed in a township, so every reader of the module sees them
 * (their minutes record what the departments agreed, and name no one the minutes' writer did not put there).
 * A meeting's day moves its matters' day along, and may not pass a matter's due day.
 */
@Component(service = MeetingService.class)
public class MeetingServiceImpl extends RecordServiceSupport<MeetingEntity, MeetingDTO> implements MeetingService {

    static final int PLACE_MAX = 100;
    static final int CHAIR_MAX = 50;
    static final int MINUTES_MAX = 8000;

    /** {@code schema} and {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public MeetingServiceImpl(@Reference(name = "jpa", target = MeetingSchema.UNIT) JpaTemplate jpa,
                              @Reference(name = "schema") MeetingSchema schema,
                              @Reference(name = "audit") AuditService audit) {
        super(jpa, MeetingEntity.class, "meeting");
        if (audit != null) {
            auditTo(audit, AuditPlacement.AFTER_WRITE);
        }
    }

    @Override
    protected MeetingDTO toDto(EntityManager em, MeetingEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected MeetingDTO auditView(EntityManager em, MeetingEntity e) {
        MeetingDTO d = new MeetingDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.heldOn = e.getHeldOn();
        d.place = e.getPlace();
        d.chair = e.getChair();
        d.departmentIds.addAll(e.getDepartmentIds());
        d.minutes = e.getMinutes();
        return d;
    }

    @Override
    protected List<MeetingDTO> toDtos(EntityManager em, List<MeetingEntity> entities) {
        List<MeetingDTO> dtos = new ArrayList<>();
        if (entities.isEmpty()) {
            return dtos;
        }
        List<Long> ids = new ArrayList<>();
        Set<Long> departments = new LinkedHashSet<>();
        entities.forEach(e -> {
            ids.add(e.getId());
            departments.addAll(e.getDepartmentIds());
        });
        Map<Long, String> names = new HashMap<>();
        if (!departments.isEmpty()) {
            new Filter().and("e.id IN ?", new ArrayList<>(departments)).list(em, DepartmentEntity.class, "e.id")
                    .forEach(d -> names.put(d.getId(), d.getName()));
        }
        Map<Long, Long> matters = new Filter().and("e.meetingId IN ?", ids)
                .countBy(em, MatterEntity.class, "e.meetingId", Long.class);
        for (MeetingEntity e : entities) {
            MeetingDTO d = auditView(em, e);
            d.departmentIds.forEach(id -> d.departmentNames.add(names.getOrDefault(id, "#" + id)));
            d.matterCount = matters.getOrDefault(e.getId(), 0L);
            dtos.add(d);
        }
        return dtos;
    }

    @Override
    public Page<MeetingDTO> list(LocalDate from, LocalDate to, PageRequest page) {
        Filter filter = new Filter().andIf(from, "e.heldOn >= ?").andIf(to, "e.heldOn <= ?");
        return tx(em -> {
            Page<MeetingEntity> entities = filter.page(em, MeetingEntity.class, page, "e.heldOn DESC, e.id DESC");
            return new Page<>(toDtos(em, entities.items), entities.total, entities.offset, entities.limit);
        });
    }

    @Override
    public MeetingDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public MeetingDTO create(MeetingDTO meeting) {
        MeetingDTO valid = validate(meeting);
        return createRecord(em -> {
            attendees(em, valid.departmentIds);
            return apply(valid, new MeetingEntity());
        });
    }

    @Override
    public MeetingDTO update(long id, long expectedVersion, MeetingDTO meeting) {
        MeetingDTO valid = validate(meeting);
        return updateRecord(id, expectedVersion, (em, e) -> {
            attendees(em, valid.departmentIds);
            List<MatterEntity> raised = new Filter().eq("e.meetingId", id).list(em, MatterEntity.class, "e.id");
            LocalDate first = firstDayOfItsMatters(em, raised);
            new Checks().check(first == null || !valid.heldOn.isAfter(first), "heldOn",
                    "晚于本次会议事项的办理期限、进度或办结日期（" + first + "）/ is after the due day, a progress note or"
                            + " the closing of one of its matters, " + first).throwIfAny();
            raised.forEach(m -> m.setRaisedOn(valid.heldOn));
            apply(valid, e);
        });
    }

    /** The earliest due day, progress note or closing of these matters: a meeting cannot have been after it. */
    private static LocalDate firstDayOfItsMatters(EntityManager em, List<MatterEntity> matters) {
        LocalDate first = null;
        List<Long> ids = new ArrayList<>();
        for (MatterEntity m : matters) {
            ids.add(m.getId());
            first = earlier(earlier(first, m.getDueOn()), m.getDoneOn());
        }
        if (!ids.isEmpty()) {
            first = earlier(first, new Filter().and("e.matterId IN ?", ids)
                    .select(em, ProgressEntity.class, "MIN(e.notedOn)", LocalDate.class).get(0));
        }
        return first;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static void attendees(EntityManager em, List<Long> ids) {
        Checks checks = new Checks();
        for (Long id : ids) {
            reference(em, checks, "departmentIds", DepartmentEntity.class, "department", id);
        }
        checks.throwIfAny();
    }

    private static MeetingEntity apply(MeetingDTO d, MeetingEntity e) {
        e.setHeldOn(d.heldOn);
        e.setPlace(d.place);
        e.setChair(d.chair);
        e.setMinutes(d.minutes);
        e.setDepartmentIds(new LinkedHashSet<>(d.departmentIds));
        return e;
    }

    private MeetingDTO validate(MeetingDTO in) {
        Checks checks = new Checks();
        MeetingDTO out = new MeetingDTO();
        out.heldOn = body(in).heldOn;
        checks.require("heldOn", in.heldOn);
        notInFuture(checks, "heldOn", in.heldOn, today());
        out.place = clean(in.place);
        checks.require("place", out.place).maxLength("place", out.place, PLACE_MAX);
        out.chair = clean(in.chair);
        checks.require("chair", out.chair).maxLength("chair", out.chair, CHAIR_MAX);
        out.minutes = clean(in.minutes);
        checks.maxLength("minutes", out.minutes, MINUTES_MAX);
        if (in.departmentIds != null) {
            in.departmentIds.stream().distinct().forEach(out.departmentIds::add);
        }
        checks.check(!out.departmentIds.contains(null), "departmentIds", MeetingText.text("ids.empty"));
        checks.throwIfAny();
        return out;
    }
}
