package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Text.NAME_MAX;
import static org.guanai.training.internal.service.Text.NOTES_MAX;
import static org.guanai.training.internal.service.Text.TITLE_MAX;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassQuery;
import org.guanai.training.api.TrainingClassService;
import org.guanai.training.internal.jpa.ClassEntity;
import org.guanai.training.internal.jpa.CourseEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Classes (班次). A class belongs to the township where it is held: a caller sees the classes of the townships they
 * see part of (their women may enrol there), and opens one only where they may.
 */
@Component(service = TrainingClassService.class)
public class ClassServiceImpl extends RecordServiceSupport<ClassEntity, TrainingClassDTO> implements TrainingClassService {

    static final Scoping<ClassEntity> SCOPING = Scoping.byTownship("e.townshipCode", ClassEntity::getTownshipCode);
    static final int MAX_CAPACITY = 500;
    /** A class running longer than a year is a typing error. */
    static final int MAX_DAYS = 366;

    private final Places places;

    @Activate
    public ClassServiceImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                            @Reference(name = "divisions") DivisionService divisions,
                            @Reference(name = "sites") ServiceSiteService sites,
                            @Reference(name = "visibility") Visibility visibility,
                            @Reference(name = "schema") TrainingSchema schema,
                            @Reference(name = "audit") AuditService audit) {
        this(jpa, divisions, sites, visibility);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    ClassServiceImpl(JpaTemplate jpa, DivisionService divisions, ServiceSiteService sites, Visibility visibility) {
        super(jpa, ClassEntity.class, "class");
        this.places = new Places(divisions, sites);
        scopedBy(visibility, SCOPING);
    }

    @Override
    protected TrainingClassDTO toDto(EntityManager em, ClassEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected List<TrainingClassDTO> toDtos(EntityManager em, List<ClassEntity> entities) {
        Map<Long, Long> enrolled = new HashMap<>();
        if (!entities.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            entities.forEach(e -> ids.add(e.getId()));
            em.createQuery("SELECT n.classId, COUNT(n) FROM Enrolment n WHERE n.classId IN :ids GROUP BY n.classId",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> enrolled.put((Long) r[0], (Long) r[1]));
        }
        List<TrainingClassDTO> dtos = new ArrayList<>();
        for (ClassEntity e : entities) {
            TrainingClassDTO d = new TrainingClassDTO();
            d.id = e.getId();
            d.version = e.getVersion();
            d.courseId = e.getCourseId();
            CourseEntity course = em.find(CourseEntity.class, e.getCourseId());
            d.courseTitle = course == null ? null : course.getTitle();
            d.siteId = e.getSiteId();
            d.townshipCode = e.getTownshipCode();
            d.villageCode = e.getVillageCode();
            d.place = e.getPlace();
            d.trainer = e.getTrainer();
            d.startsOn = e.getStartsOn();
            d.endsOn = e.getEndsOn();
            d.capacity = e.getCapacity();
            d.enrolled = enrolled.getOrDefault(e.getId(), 0L).intValue();
            d.notes = e.getNotes();
            dtos.add(d);
        }
        return dtos;
    }

    @Override
    public Page<TrainingClassDTO> list(TrainingClassQuery query, PageRequest page) {
        TrainingClassQuery q = query == null ? new TrainingClassQuery() : query;
        Filter filter = new Filter().eq("e.courseId", q.courseId).eq("e.townshipCode", places.townshipFilter(q.townshipCode));
        if (q.year != null) {
            filter.and("e.startsOn >= ?", LocalDate.of(q.year, 1, 1)).and("e.startsOn < ?", LocalDate.of(q.year + 1, 1, 1));
        }
        return listRecords(filter, page);
    }

    @Override
    public TrainingClassDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public TrainingClassDTO create(TrainingClassDTO trainingClass) {
        TrainingClassDTO valid = validate(trainingClass);
        return createRecord(em -> {
            Checks checks = new Checks();
            reference(em, checks, "courseId", CourseEntity.class, "course", valid.courseId);
            checks.throwIfAny();
            return apply(valid, new ClassEntity());
        });
    }

    @Override
    public TrainingClassDTO update(long id, long expectedVersion, TrainingClassDTO trainingClass) {
        TrainingClassDTO valid = validate(trainingClass);
        return updateRecord(id, expectedVersion, (em, e) -> {
            Checks checks = new Checks();
            reference(em, checks, "courseId", CourseEntity.class, "course", valid.courseId);
            Object[] span = em.createQuery("SELECT MIN(a.day), MAX(a.day) FROM Attendance a, Enrolment n"
                    + " WHERE a.enrolmentId = n.id AND n.classId = :c", Object[].class)
                    .setParameter("c", id).getSingleResult();
            checks.check(span[0] == null || !valid.startsOn.isAfter((LocalDate) span[0]), "startsOn",
                    Text.text("attendance.recorded", span[0]));
            checks.check(span[1] == null || !valid.endsOn.isBefore((LocalDate) span[1]), "endsOn",
                    Text.text("attendance.recorded", span[1]));
            long enrolled = em.createQuery("SELECT COUNT(n) FROM Enrolment n WHERE n.classId = :c", Long.class)
                    .setParameter("c", id).getSingleResult();
            checks.check(valid.capacity >= enrolled, "capacity",
                    Text.text("class.enrolledAlready", enrolled));
            checks.throwIfAny();
            apply(valid, e);
        });
    }

    private static ClassEntity apply(TrainingClassDTO d, ClassEntity e) {
        e.setCourseId(d.courseId);
        e.setSiteId(d.siteId);
        e.setTownshipCode(d.townshipCode);
        e.setVillageCode(d.villageCode);
        e.setPlace(d.place);
        e.setTrainer(d.trainer);
        e.setStartsOn(d.startsOn);
        e.setEndsOn(d.endsOn);
        e.setCapacity(d.capacity);
        e.setNotes(d.notes);
        return e;
    }

    /** Everything but the course (checked in the write's transaction), the registry's place included. */
    private TrainingClassDTO validate(TrainingClassDTO in) {
        Checks checks = new Checks();
        TrainingClassDTO out = new TrainingClassDTO();
        out.courseId = body(in).courseId;
        checks.require("courseId", in.courseId);
        out.siteId = in.siteId;
        String[] place = places.placeWithin(checks, in.siteId, clean(in.villageCode), clean(in.townshipCode), scope());
        out.townshipCode = place[0];
        out.villageCode = place[1];
        out.place = clean(in.place);
        checks.maxLength("place", out.place, TITLE_MAX);
        out.trainer = clean(in.trainer);
        checks.require("trainer", out.trainer).maxLength("trainer", out.trainer, NAME_MAX);
        out.startsOn = in.startsOn;
        out.endsOn = in.endsOn;
        checks.require("startsOn", in.startsOn).require("endsOn", in.endsOn);
        if (in.startsOn != null && in.endsOn != null) {
            checks.check(!in.endsOn.isBefore(in.startsOn), "endsOn",
                    Text.text("class.endsBeforeStart", in.startsOn));
            checks.check(!in.endsOn.isAfter(in.startsOn.plusDays(MAX_DAYS)), "endsOn",
                    Text.text("class.atMostAYear"));
        }
        out.capacity = in.capacity;
        checks.check(in.capacity > 0 && in.capacity <= MAX_CAPACITY, "capacity",
                Text.text("range.oneTo", MAX_CAPACITY));
        out.notes = clean(in.notes);
        checks.maxLength("notes", out.notes, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }
}
