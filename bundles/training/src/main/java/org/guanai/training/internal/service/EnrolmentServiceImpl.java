package org.guanai.training.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.jpa.support.Checks;
import org.guanai.jpa.support.Filter;
import org.guanai.jpa.support.RecordServiceSupport;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassService;
import org.guanai.training.internal.jpa.EnrolmentEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enrolment and certificates. An enrolment lies where its person lives (copied when she enrolled): a caller sees
 * the enrolments of their divisions' persons, enrols only persons they see, in classes they see.
 */
@Component(service = EnrolmentService.class)
public class EnrolmentServiceImpl extends RecordServiceSupport<EnrolmentEntity, EnrolmentDTO> implements EnrolmentService {

    static final Scoping<EnrolmentEntity> SCOPING = Scoping.byDivision("e.townshipCode",
            EnrolmentEntity::getTownshipCode, "e.villageCode", EnrolmentEntity::getVillageCode);

    private final PersonDirectory persons;
    private final TrainingClassService classes;

    @Activate
    public EnrolmentServiceImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                                @Reference(name = "persons") PersonDirectory persons,
                                @Reference(name = "classes") TrainingClassService classes,
                                @Reference(name = "visibility") Visibility visibility,
                                @Reference(name = "schema") TrainingSchema schema,
                                @Reference(name = "audit") AuditService audit) {
        this(jpa, persons, classes, visibility);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    EnrolmentServiceImpl(JpaTemplate jpa, PersonDirectory persons, TrainingClassService classes, Visibility visibility) {
        super(jpa, EnrolmentEntity.class, "enrolment");
        this.persons = persons;
        this.classes = classes;
        scopedBy(visibility, SCOPING);
    }

    @Override
    protected EnrolmentDTO toDto(EntityManager em, EnrolmentEntity e) {
        return toDtos(em, List.of(e)).get(0);
    }

    @Override
    protected List<EnrolmentDTO> toDtos(EntityManager em, List<EnrolmentEntity> entities) {
        Set<Long> ids = new TreeSet<>();
        Set<Long> classIds = new TreeSet<>();
        entities.forEach(e -> {
            ids.add(e.getId());
            classIds.add(e.getClassId());
        });
        Map<Long, BigDecimal> attended = Ledger.attended(em, ids);
        Map<Long, Object[]> courses = Ledger.classes(em, classIds);
        List<EnrolmentDTO> dtos = new ArrayList<>();
        for (EnrolmentEntity e : entities) {
            EnrolmentDTO d = new EnrolmentDTO();
            d.id = e.getId();
            d.version = e.getVersion();
            d.classId = e.getClassId();
            d.personId = e.getPersonId();
            d.townshipCode = e.getTownshipCode();
            d.villageCode = e.getVillageCode();
            d.enrolledOn = e.getEnrolledOn();
            d.attendedHours = attended.getOrDefault(e.getId(), BigDecimal.ZERO).stripTrailingZeros();
            Object[] course = courses.get(e.getClassId());
            d.requiredHours = course == null ? 0 : (Integer) course[1];
            d.completed = TrainingRules.completed(d.attendedHours, d.requiredHours);
            d.certificateNumber = e.getCertificateNumber();
            d.certificateIssuedOn = e.getCertificateIssuedOn();
            dtos.add(d);
        }
        return dtos;
    }

    @Override
    public Page<EnrolmentDTO> list(EnrolmentQuery query, PageRequest page) {
        EnrolmentQuery q = query == null ? new EnrolmentQuery() : query;
        Page<EnrolmentDTO> found = listRecords(new Filter().eq("e.classId", q.classId).eq("e.personId", q.personId)
                .eq("e.townshipCode", q.townshipCode), page);
        named(found.items);
        return found;
    }

    @Override
    public EnrolmentDTO get(long id) {
        return named(getRecord(id));
    }

    @Override
    public EnrolmentDTO enrol(long classId, long personId, LocalDate enrolledOn) {
        TrainingClassDTO trainingClass = classes.get(classId);
        PersonDTO person = persons.find(personId).orElse(null);
        Checks checks = new Checks();
        checks.check(person != null, "personId", Text.text("person.unknown", personId));
        checks.check(person == null || person.status != Status.ENDED, "personId",
                Text.text("person.ended", personId, (person == null ? "" : person.endedOn)));
        if (person != null) {
            checkInScope(checks, "personId", person.townshipCode, person.villageCode);
        }
        // recorded afterwards, a class already begun was joined by its first day at the latest
        LocalDate on = enrolledOn != null ? enrolledOn
                : today().isAfter(trainingClass.startsOn) ? trainingClass.startsOn : today();
        checks.check(!on.isAfter(today()), "enrolledOn", Text.text("date.future"));
        checks.check(!on.isAfter(trainingClass.endsOn), "enrolledOn",
                Text.text("class.ended", trainingClass.endsOn));
        checks.throwIfAny();
        try {
            return named(createRecord(em -> {
                long enrolled = em.createQuery("SELECT COUNT(n) FROM Enrolment n WHERE n.classId = :c", Long.class)
                        .setParameter("c", classId).getSingleResult();
                long same = em.createQuery("SELECT COUNT(n) FROM Enrolment n WHERE n.classId = :c AND n.personId = :p",
                        Long.class).setParameter("c", classId).setParameter("p", personId).getSingleResult();
                if (same > 0) {
                    throw duplicate(personId, classId);
                }
                if (enrolled >= trainingClass.capacity) {
                    throw ValidationException.of("classId", Text.text("class.full", trainingClass.capacity));
                }
                EnrolmentEntity e = new EnrolmentEntity();
                e.setClassId(classId);
                e.setPersonId(personId);
                e.setTownshipCode(person.townshipCode);
                e.setVillageCode(person.villageCode);
                e.setEnrolledOn(on);
                return e;
            }));
        } catch (RuntimeException e) {
            if (Constraints.violated(e)) {
                // two requests enrolling her at once: the unique constraint had the last word
                throw duplicate(personId, classId);
            }
            throw e;
        }
    }

    private static ConflictException duplicate(long personId, long classId) {
        return new ConflictException("personId", Text.text("enrolment.already", personId, classId));
    }

    @Override
    public EnrolmentDTO issueCertificate(long id, long expectedVersion, LocalDate issuedOn) {
        LocalDate on = issuedOn == null ? today() : issuedOn;
        return named(changeRecord(AuditOperations.UPDATE, id, expectedVersion, (em, e) -> {
            BigDecimal attended = Ledger.attended(em, List.of(id)).getOrDefault(id, BigDecimal.ZERO);
            Object[] course = Ledger.classes(em, List.of(e.getClassId())).get(e.getClassId());
            Checks checks = new Checks();
            LocalDate starts = (LocalDate) course[3];
            TrainingRules.checkCertificate(checks, attended, (Integer) course[1], (String) course[2],
                    e.getCertificateNumber(), on, starts, today());
            checks.throwIfAny();
            e.setCertificateNumber(TrainingRules.certificateNumber(starts.getYear(), id));
            e.setCertificateIssuedOn(on);
        }));
    }

    private EnrolmentDTO named(EnrolmentDTO enrolment) {
        named(List.of(enrolment));
        return enrolment;
    }

    /** Names from the registry's directory, outside our transactions (only of persons the caller sees). */
    private void named(List<EnrolmentDTO> enrolments) {
        Set<Long> ids = new TreeSet<>();
        enrolments.forEach(n -> ids.add(n.personId));
        Map<Long, PersonDTO> found = ids.isEmpty() ? Map.of() : persons.find(ids);
        enrolments.forEach(n -> n.personName = found.containsKey(n.personId) ? found.get(n.personId).name : null);
    }
}
