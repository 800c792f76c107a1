package org.guanai.training.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.PersonDirectory;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonSummaryDTO;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.api.TrainingReportRowDTO;
import org.guanai.training.api.TrainingReports;
import org.guanai.training.internal.jpa.EnrolmentEntity;
import org.guanai.training.internal.jpa.FairEntity;
import org.guanai.training.internal.jpa.FairSignUpEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The year's report per township the caller sees and for the county: women trained (enrolled in a class starting
 * that year), completed, certificates, the outcomes their follow-ups found, and active left-behind women never
 * trained. Counts only: no person is named.
 */
@Component(service = TrainingReports.class)
public class TrainingReportsImpl implements TrainingReports {

    private final JpaTemplate jpa;
    private final PersonDirectory directory;
    private final DivisionService divisions;
    private final Visibility visibility;

    @Activate
    public TrainingReportsImpl(@Reference(name = "jpa", target = TrainingSchema.UNIT) JpaTemplate jpa,
                               @Reference(name = "directory") PersonDirectory directory,
                               @Reference(name = "divisions") DivisionService divisions,
                               @Reference(name = "visibility") Visibility visibility,
                               @Reference(name = "schema") TrainingSchema schema) {
        this.jpa = jpa;
        this.directory = directory;
        this.divisions = divisions;
        this.visibility = visibility;
    }

    /** One enrolment as the report counts it. */
    static final class Trainee {
        final long personId;
        final String townshipCode;
        final boolean completed;
        final boolean certified;
        final Outcome outcome;

        Trainee(long personId, String townshipCode, boolean completed, boolean certified, Outcome outcome) {
            this.personId = personId;
            this.townshipCode = townshipCode;
            this.completed = completed;
            this.certified = certified;
            this.outcome = outcome;
        }
    }

    @Override
    public TrainingReportDTO report(int year) {
        Scope scope = visibility.scope();
        List<Trainee> trainees = trainees(year, scope);
        Set<Long> ids = new HashSet<>();
        trainees.forEach(t -> ids.add(t.personId));
        Set<Long> women = new HashSet<>();
        directory.find(ids).forEach((id, p) -> {
            if (p.categories != null && p.categories.contains(CareCategory.LEFT_BEHIND_WOMAN)) {
                women.add(id);
            }
        });
        Set<Long> everTrained = everTrained(scope);
        Map<String, String> townships = new LinkedHashMap<>();
        DivisionDTO county = divisions.county();
        for (DivisionDTO t : divisions.children(county.code)) {
            if (scope.isAll() || scope.touchedTownships().contains(t.code)) {
                townships.put(t.code, t.name);
            }
        }
        Map<String, Integer> neverTrained = neverTrained(townships.keySet(), everTrained);
        TrainingReportDTO report = Tally.report(year, county, townships, trainees, women, neverTrained);
        Tally.fairs(report, fairs(year, scope));
        return report;
    }

    /** The year's fairs (held where the caller sees part of) and sign-ups (of the persons the caller sees). */
    private Tally.Fairs fairs(int year, Scope scope) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year + 1, 1, 1);
            Tally.Fairs fairs = new Tally.Fairs();
            Filter held = new Filter().and("e.heldOn >= ?", from).and("e.heldOn < ?", to);
            FairServiceImpl.SCOPING.restrict(held, scope);
            for (Object[] r : held.groupBy(em, FairEntity.class, "e.townshipCode, COUNT(e), SUM(e.headCount)",
                    "e.townshipCode")) {
                fairs.held.put((String) r[0], new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
            }
            Filter signed = new Filter().and("e.fairId IN (SELECT f.id FROM Fair f WHERE f.heldOn >= ? AND f.heldOn < ?)",
                    from, to);
            FairSignUps.SCOPING.restrict(signed, scope);
            for (Object[] r : signed.groupBy(em, FairSignUpEntity.class, "e.townshipCode, e.personId",
                    "e.townshipCode, e.personId")) {
                fairs.signedUp.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((Long) r[1]);
            }
            return fairs;
        });
    }

    private List<Trainee> trainees(int year, Scope scope) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Filter filter = new Filter().and("e.classId IN (SELECT k.id FROM TrainingClass k WHERE k.startsOn >= ?"
                    + " AND k.startsOn < ?)", LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
            EnrolmentServiceImpl.SCOPING.restrict(filter, scope);
            List<EnrolmentEntity> enrolments = filter.list(em, EnrolmentEntity.class, "e.id");
            Set<Long> ids = new HashSet<>();
            Set<Long> classIds = new HashSet<>();
            enrolments.forEach(n -> {
                ids.add(n.getId());
                classIds.add(n.getClassId());
            });
            Map<Long, BigDecimal> attended = Ledger.attended(em, ids);
            Map<Long, Object[]> classes = Ledger.classes(em, classIds);
            Map<Long, Outcome> outcomes = new HashMap<>();
            if (!ids.isEmpty()) {
                // the latest round's outcome of each enrolment: six months after three
                em.createQuery("SELECT f.enrolmentId, f.outcome FROM FollowUp f WHERE f.enrolmentId IN :ids"
                        + " ORDER BY f.round", Object[].class).setParameter("ids", ids).getResultList()
                        .forEach(r -> outcomes.put((Long) r[0], (Outcome) r[1]));
            }
            List<Trainee> out = new ArrayList<>();
            for (EnrolmentEntity n : enrolments) {
                boolean completed = TrainingRules.completed(attended.get(n.getId()), (Integer) classes.get(n.getClassId())[1]);
                out.add(new Trainee(n.getPersonId(), n.getTownshipCode(), completed, n.getCertificateNumber() != null,
                        outcomes.get(n.getId())));
            }
            return out;
        });
    }

    private Set<Long> everTrained(Scope scope) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Filter filter = new Filter();
            EnrolmentServiceImpl.SCOPING.restrict(filter, scope);
            return new HashSet<>(filter.select(em, EnrolmentEntity.class, "DISTINCT e.personId", Long.class));
        });
    }

    /**
     * Active left-behind women per township, less those ever trained: the women in one projected registry query
     * (issue #15; it was every page of full person records, township by township).
     */
    private Map<String, Integer> neverTrained(Set<String> townships, Set<Long> everTrained) {
        Map<String, Integer> never = new HashMap<>();
        townships.forEach(t -> never.put(t, 0));
        for (PersonSummaryDTO p : directory.summaries(PersonQuery.activeWomen(null, null))) {
            if (never.containsKey(p.townshipCode) && !everTrained.contains(p.id)) {
                never.merge(p.townshipCode, 1, Integer::sum);
            }
        }
        return never;
    }
}
