package org.guanai.training.internal.service;

import static org.guanai.training.internal.service.Text.NOTES_MAX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.training.api.DueFollowUpDTO;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.internal.jpa.EnrolmentEntity;
import org.guanai.training.internal.jpa.FollowUpEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Outcome follow-ups, placed where the trainee lives (her enrolment's township and village), and those due. */
@Component(service = FollowUpService.class)
public class FollowUpServiceImpl extends RecordServiceSupport<FollowUpEntity, OutcomeFollowUpDTO> implements FollowUpService {

    static final Scoping<FollowUpEntity> SCOPING = Scoping.byDivision("e.townshipCode",
            FollowUpEntity::getTownshipCode, "e.villageCode", FollowUpEntity::getVillageCode);

    private final PersonDirectory persons;

    @Activate
    public FollowUpServiceImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                               @Reference(name = "persons") PersonDirectory persons,
                               @Reference(name = "visibility") Visibility visibility,
                               @Reference(name = "schema") TrainingSchema schema,
                               @Reference(name = "audit") AuditService audit) {
        this(jpa, persons, visibility);
        auditTo(audit, AuditPlacement.AFTER_WRITE);
    }

    FollowUpServiceImpl(JpaTemplate jpa, PersonDirectory persons, Visibility visibility) {
        super(jpa, FollowUpEntity.class, "follow-up");
        this.persons = persons;
        scopedBy(visibility, SCOPING);
    }

    @Override
    protected OutcomeFollowUpDTO toDto(EntityManager em, FollowUpEntity e) {
        OutcomeFollowUpDTO d = new OutcomeFollowUpDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.enrolmentId = e.getEnrolmentId();
        EnrolmentEntity n = em.find(EnrolmentEntity.class, e.getEnrolmentId());
        d.personId = n.getPersonId();
        d.classId = n.getClassId();
        d.round = e.getRound();
        d.outcome = e.getOutcome();
        d.followedUpOn = e.getFollowedUpOn();
        d.note = e.getNote();
        return d;
    }

    @Override
    public Page<OutcomeFollowUpDTO> list(Long enrolmentId, Long personId, PageRequest page) {
        return listRecords(new Filter().eq("e.enrolmentId", enrolmentId).andIf(personId,
                "e.enrolmentId IN (SELECT n.id FROM Enrolment n WHERE n.personId = ?)"), page);
    }

    @Override
    public OutcomeFollowUpDTO get(long id) {
        return getRecord(id);
    }

    @Override
    public OutcomeFollowUpDTO record(OutcomeFollowUpDTO followUp) {
        OutcomeFollowUpDTO valid = validate(followUp);
        try {
            return createRecord(em -> {
                EnrolmentEntity n = enrolment(em, valid);
                FollowUpEntity e = new FollowUpEntity();
                e.setEnrolmentId(n.getId());
                e.setRound(valid.round);
                e.setTownshipCode(n.getTownshipCode());
                e.setVillageCode(n.getVillageCode());
                apply(valid, e);
                long same = em.createQuery("SELECT COUNT(f) FROM FollowUp f WHERE f.enrolmentId = :n AND f.round = :r",
                        Long.class).setParameter("n", n.getId()).setParameter("r", valid.round).getSingleResult();
                if (same > 0) {
                    throw duplicate(valid);
                }
                return e;
            });
        } catch (RuntimeException e) {
            if (Constraints.violated(e)) {
                throw duplicate(valid);
            }
            throw e;
        }
    }

    @Override
    public OutcomeFollowUpDTO update(long id, long expectedVersion, OutcomeFollowUpDTO followUp) {
        OutcomeFollowUpDTO valid = validate(followUp);
        return updateRecord(id, expectedVersion, (em, e) -> {
            valid.enrolmentId = e.getEnrolmentId();
            valid.round = e.getRound();
            enrolment(em, valid);
            apply(valid, e);
        });
    }

    private static ConflictException duplicate(OutcomeFollowUpDTO f) {
        return new ConflictException("round", Text.text("followUp.twice", f.enrolmentId, f.round));
    }

    private static void apply(OutcomeFollowUpDTO d, FollowUpEntity e) {
        e.setOutcome(d.outcome);
        e.setFollowedUpOn(d.followedUpOn);
        e.setNote(d.note);
    }

    /** The enrolment, in the caller's scope, and the date rule against its class's end. */
    private EnrolmentEntity enrolment(EntityManager em, OutcomeFollowUpDTO valid) {
        Checks checks = new Checks();
        EnrolmentEntity n = em.find(EnrolmentEntity.class, valid.enrolmentId);
        boolean seen = n != null && EnrolmentServiceImpl.SCOPING.includes(em, n, scope());
        checks.check(seen, "enrolmentId", Text.text("enrolment.unknown", valid.enrolmentId));
        checks.throwIfAny();
        LocalDate ends = (LocalDate) Ledger.classes(em, List.of(n.getClassId())).get(n.getClassId())[4];
        TrainingRules.checkFollowUpDate(checks, valid.followedUpOn, ends, today());
        checks.throwIfAny();
        return n;
    }

    private static OutcomeFollowUpDTO validate(OutcomeFollowUpDTO in) {
        Checks checks = new Checks();
        OutcomeFollowUpDTO out = new OutcomeFollowUpDTO();
        out.enrolmentId = body(in).enrolmentId;
        out.round = in.round;
        out.outcome = in.outcome;
        out.followedUpOn = in.followedUpOn;
        checks.require("enrolmentId", in.enrolmentId).require("round", in.round).require("outcome", in.outcome)
                .require("followedUpOn", in.followedUpOn);
        out.note = clean(in.note);
        checks.maxLength("note", out.note, NOTES_MAX);
        checks.throwIfAny();
        return out;
    }

    @Override
    public Page<DueFollowUpDTO> due(LocalDate asOf, String townshipCode, PageRequest page) {
        LocalDate on = asOf == null ? today() : asOf;
        List<DueFollowUpDTO> due = tx(em -> {
            List<DueFollowUpDTO> all = new ArrayList<>();
            for (FollowUpRound round : FollowUpRound.values()) {
                Filter filter = new Filter().eq("e.townshipCode", townshipCode)
                        .and("e.classId IN (SELECT k.id FROM TrainingClass k WHERE k.endsOn <= ?)",
                                on.minusMonths(round.months()))
                        .and("e.id NOT IN (SELECT f.enrolmentId FROM FollowUp f WHERE f.round = ?)", round);
                EnrolmentServiceImpl.SCOPING.restrict(filter, scope());
                List<EnrolmentEntity> candidates = filter.list(em, EnrolmentEntity.class, "e.id");
                Set<Long> ids = new TreeSet<>();
                Set<Long> classIds = new TreeSet<>();
                candidates.forEach(n -> {
                    ids.add(n.getId());
                    classIds.add(n.getClassId());
                });
                Map<Long, BigDecimal> attended = Ledger.attended(em, ids);
                Map<Long, Object[]> classes = Ledger.classes(em, classIds);
                for (EnrolmentEntity n : candidates) {
                    Object[] k = classes.get(n.getClassId());
                    if (TrainingRules.completed(attended.get(n.getId()), (Integer) k[1])) {
                        DueFollowUpDTO d = new DueFollowUpDTO();
                        d.enrolmentId = n.getId();
                        d.personId = n.getPersonId();
                        d.townshipCode = n.getTownshipCode();
                        d.villageCode = n.getVillageCode();
                        d.classId = n.getClassId();
                        d.courseTitle = (String) k[5];
                        d.classEndedOn = (LocalDate) k[4];
                        d.round = round;
                        d.dueOn = TrainingRules.dueOn(d.classEndedOn, round);
                        all.add(d);
                    }
                }
            }
            return all;
        });
        due.sort(Comparator.comparing((DueFollowUpDTO d) -> d.dueOn).thenComparing(d -> d.enrolmentId));
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        List<DueFollowUpDTO> items = new ArrayList<>(due.subList(Math.min(p.offset, due.size()),
                Math.min(p.offset + p.limit, due.size())));
        Set<Long> ids = new TreeSet<>();
        items.forEach(d -> ids.add(d.personId));
        Map<Long, PersonDTO> found = ids.isEmpty() ? Map.of() : persons.find(ids);
        items.forEach(d -> d.personName = found.containsKey(d.personId) ? found.get(d.personId).name : null);
        return new Page<>(items, due.size(), p.offset, p.limit);
    }
}
