package org.guanai.registry.internal.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.internal.jpa.JobLeaseEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases on scheduled jobs ({@code job_leases}), so that a job every node schedules (the daily audit purge, the
 * daily backup) runs on one of them: a node runs the job only if it takes the lease, and takes it only when it
 * has run out or is its own. Each take is its own transaction: a conditional UPDATE, or, for a lease never taken,
 * an INSERT that the primary key lets only one node win.
 */
public final class JobLeases {

    private static final Logger LOG = LoggerFactory.getLogger(JobLeases.class);

    private final JpaTemplate jpa;
    private final Clock clock;

    public JobLeases(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Takes lease {@code name} for {@code holder} for {@code length} if it is free (run out) or already theirs. */
    public boolean take(String name, String holder, Duration length) {
        LocalDateTime now = now();
        LocalDateTime until = now.plus(length);
        int updated = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery(
                        "UPDATE JobLease l SET l.holder = :holder, l.heldUntil = :until"
                                + " WHERE l.name = :name AND (l.heldUntil <= :now OR l.holder = :holder)")
                .setParameter("holder", holder).setParameter("until", until).setParameter("name", name)
                .setParameter("now", now).executeUpdate());
        if (updated == 1) {
            return true;
        }
        if (holderOf(name).isPresent()) {
            return false; // held by another node
        }
        try {
            jpa.tx(TransactionType.RequiresNew, em -> {
                em.persist(new JobLeaseEntity(name, holder, until));
                em.flush();
            });
            return true;
        } catch (PersistenceException | IllegalStateException e) {
            // another node inserted it first (a duplicate key): theirs
            LOG.debug("Lease {} taken by another node first: {}", name, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            if (holderOf(name).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /** Gives lease {@code name} back if {@code holder} holds it: another node may take it at once. */
    public void release(String name, String holder) {
        LocalDateTime now = now();
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery(
                        "UPDATE JobLease l SET l.heldUntil = :now WHERE l.name = :name AND l.holder = :holder")
                .setParameter("now", now).setParameter("name", name).setParameter("holder", holder).executeUpdate());
    }

    /** Who holds lease {@code name} now, if anyone. */
    public Optional<String> holderOf(String name) {
        LocalDateTime now = now();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT l.holder FROM JobLease l WHERE l.name = :name AND l.heldUntil > :now", String.class)
                .setParameter("name", name).setParameter("now", now).getResultList().stream().findFirst());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
