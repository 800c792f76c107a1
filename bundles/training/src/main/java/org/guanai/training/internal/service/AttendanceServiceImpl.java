package org.guanai.training.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.training.api.AttendanceDayDTO;
import org.guanai.training.api.AttendanceService;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;
import org.guanai.training.internal.jpa.AttendanceEntity;
import org.guanai.training.internal.jpa.AttendanceKey;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Attendance per class day. A caller reads and writes the attendance of the enrolments they see (their divisions'
 * persons): recording a day replaces it for those, and leaves other townships' trainees in the same class alone.
 */
@Component(service = {AttendanceService.class, AttendanceServiceImpl.class})
public class AttendanceServiceImpl implements AttendanceService {

    private final JpaTemplate jpa;
    private final TrainingClassService classes;
    private final EnrolmentService enrolments;
    private final AuditService audit;
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /** {@code audit} may be null in tests (nothing recorded). */
    @Activate
    public AttendanceServiceImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                                 @Reference(name = "classes") TrainingClassService classes,
                                 @Reference(name = "enrolments") EnrolmentService enrolments,
                                 @Reference(name = "audit") AuditService audit) {
        this.jpa = jpa;
        this.classes = classes;
        this.enrolments = enrolments;
        this.audit = audit;
    }

    public void setClock(java.time.Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The class's enrolments the caller sees, by person (a class holds at most the registry's largest page). */
    public Map<Long, EnrolmentDTO> visibleEnrolments(long classId) {
        EnrolmentQuery q = new EnrolmentQuery();
        q.classId = classId;
        Map<Long, EnrolmentDTO> byPerson = new LinkedHashMap<>();
        enrolments.list(q, PageRequest.first(PageRequest.MAX_LIMIT)).items.forEach(n -> byPerson.put(n.personId, n));
        return byPerson;
    }

    @Override
    public List<AttendanceDayDTO> days(long classId) {
        classes.get(classId);
        Map<Long, EnrolmentDTO> enrolled = visibleEnrolments(classId);
        Map<Long, Long> personOf = new LinkedHashMap<>();
        enrolled.values().forEach(n -> personOf.put(n.id, n.personId));
        Map<LocalDate, AttendanceDayDTO> days = new TreeMap<>();
        if (!personOf.isEmpty()) {
            List<AttendanceEntity> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT a FROM Attendance a WHERE a.enrolmentId IN :ids ORDER BY a.day", AttendanceEntity.class)
                    .setParameter("ids", personOf.keySet()).getResultList());
            for (AttendanceEntity a : rows) {
                AttendanceDayDTO d = days.computeIfAbsent(a.getDay(), day -> {
                    AttendanceDayDTO n = new AttendanceDayDTO();
                    n.day = day;
                    n.hours = BigDecimal.ZERO;
                    return n;
                });
                d.hours = d.hours.max(a.getHours().stripTrailingZeros());
                d.personIds.add(personOf.get(a.getEnrolmentId()));
            }
        }
        days.values().forEach(d -> d.personIds.sort(null));
        return new ArrayList<>(days.values());
    }

    @Override
    public AttendanceDayDTO record(long classId, AttendanceDayDTO day) {
        AttendanceDayDTO in = RecordServiceSupport.body(day);
        TrainingClassDTO trainingClass = classes.get(classId);
        Checks checks = new Checks();
        TrainingRules.checkDay(checks, in.day, in.hours, trainingClass.startsOn, trainingClass.endsOn, today());
        Map<Long, EnrolmentDTO> enrolled = visibleEnrolments(classId);
        Set<Long> present = new LinkedHashSet<>();
        List<Long> ids = in.personIds == null ? List.of() : in.personIds;
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                checks.add("personIds[" + i + "]", Text.text("required"));
            } else if (!enrolled.containsKey(id)) {
                checks.add("personIds[" + i + "]", Text.text("enrolment.notEnrolled", id));
            } else {
                present.add(enrolled.get(id).id);
            }
        }
        checks.throwIfAny();
        List<Long> visible = new ArrayList<>();
        enrolled.values().forEach(n -> visible.add(n.id));
        write(classId, in.day, in.hours, visible, present, "attendance.record");
        AttendanceDayDTO out = new AttendanceDayDTO();
        out.day = in.day;
        out.hours = in.hours.stripTrailingZeros();
        enrolled.values().stream().filter(n -> present.contains(n.id)).forEach(n -> out.personIds.add(n.personId));
        out.personIds.sort(null);
        return out;
    }

    /**
     * In one transaction: removes the day's rows of {@code replaced} enrolments, then records {@code present} for
     * {@code hours} (an enrolment already present that day takes the new hours). Audited after it committed.
     */
    public void write(long classId, LocalDate day, BigDecimal hours, Collection<Long> replaced, Collection<Long> present,
               String operation) {
        jpa.tx(TransactionType.Required, em -> {
            if (!replaced.isEmpty()) {
                em.createQuery("DELETE FROM Attendance a WHERE a.day = :d AND a.enrolmentId IN :ids")
                        .setParameter("d", day).setParameter("ids", replaced).executeUpdate();
            }
            for (Long enrolmentId : present) {
                AttendanceEntity a = em.find(AttendanceEntity.class, new AttendanceKey(enrolmentId, day));
                if (a == null) {
                    a = new AttendanceEntity();
                    a.setEnrolmentId(enrolmentId);
                    a.setDay(day);
                    a.setHours(hours);
                    em.persist(a);
                } else {
                    a.setHours(hours);
                }
            }
            em.flush();
        });
        if (audit != null) {
            audit.record(AuditEvent.of(operation).record("class", classId)
                    .detail(day + ": " + present.size() + " present, " + hours.stripTrailingZeros().toPlainString() + " h")
                    .build());
        }
    }
}
