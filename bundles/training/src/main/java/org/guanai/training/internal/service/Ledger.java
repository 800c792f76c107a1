package org.guanai.training.internal.service;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;

/** The sums completion is computed from, batched for a page of enrolments. */
final class Ledger {

    private Ledger() {
    }

    /** Hours attended per enrolment (enrolments without attendance left out). */
    static Map<Long, BigDecimal> attended(EntityManager em, Collection<Long> enrolmentIds) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        if (!enrolmentIds.isEmpty()) {
            em.createQuery("SELECT a.enrolmentId, SUM(a.hours) FROM Attendance a WHERE a.enrolmentId IN :ids"
                    + " GROUP BY a.enrolmentId", Object[].class).setParameter("ids", enrolmentIds).getResultList()
                    .forEach(r -> hours.put((Long) r[0], (BigDecimal) r[1]));
        }
        return hours;
    }

    /** Per class: its course's required hours, certificate name, and the class's start and end. */
    static Map<Long, Object[]> classes(EntityManager em, Collection<Long> classIds) {
        Map<Long, Object[]> out = new HashMap<>();
        if (!classIds.isEmpty()) {
            em.createQuery("SELECT k.id, c.requiredHours, c.certificateName, k.startsOn, k.endsOn, c.title"
                    + " FROM TrainingClass k, Course c WHERE k.courseId = c.id AND k.id IN :ids", Object[].class)
                    .setParameter("ids", classIds).getResultList().forEach(r -> out.put((Long) r[0], r));
        }
        return out;
    }
}
