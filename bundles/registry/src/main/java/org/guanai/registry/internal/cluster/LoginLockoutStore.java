package org.guanai.registry.internal.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.security.LoginFailureDTO;
import org.guanai.registry.api.security.LoginLockouts;
import org.guanai.registry.internal.jpa.LoginLockoutEntity;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Login lockouts in {@code login_lockouts}, one small row per account name: the failures since the row's window
 * began, and until when the name is locked. Counted with conditional bulk UPDATEs, so that nodes counting at once
 * all count and exactly one of them locks the name; a window that ran out starts again at the next failure.
 * Rows whose window and lock have both run out are deleted now and then (at most once a window per node).
 */
@Component(service = LoginLockouts.class)
public class LoginLockoutStore implements LoginLockouts {

    private final JpaTemplate jpa;
    private final Clock clock;
    private final AtomicReference<LocalDateTime> lastSweep = new AtomicReference<>(LocalDateTime.MIN);

    @Activate
    public LoginLockoutStore(@Reference(name = "jpa", target = "(osgi.unit.name=guanai-registry)") JpaTemplate jpa,
                             @Reference(name = "schema") RegistrySchema schema) {
        this(jpa, Clock.systemUTC());
    }

    LoginLockoutStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    @Override
    public boolean isLocked(String account) {
        LocalDateTime now = now();
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery(
                        "SELECT l.account FROM LoginLockout l WHERE l.account = :a AND l.lockedUntil > :now")
                .setParameter("a", account).setParameter("now", now).getResultList().isEmpty());
    }

    @Override
    public LoginFailureDTO failed(String account, int failures, Duration window, Duration lock) {
        LocalDateTime now = now();
        sweepIfDue(now, window);
        LoginFailureDTO counted = count(account, failures, now, window, lock);
        if (counted != null) {
            return counted;
        }
        try {
            jpa.tx(TransactionType.RequiresNew, em -> {
                em.persist(new LoginLockoutEntity(account, 1, now));
                em.flush();
            });
            return failures <= 1 ? lockNow(account, failures, now, lock) : new LoginFailureDTO(1, false);
        } catch (RuntimeException e) {
            // another node inserted the row first: count on it
            LoginFailureDTO again = count(account, failures, now, window, lock);
            if (again == null) {
                throw e;
            }
            return again;
        }
    }

    /** Counts on the account's row; null when it has none yet. */
    private LoginFailureDTO count(String account, int failures, LocalDateTime now, Duration window, Duration lock) {
        LocalDateTime windowFrom = now.minus(window);
        Integer count = jpa.txExpr(TransactionType.RequiresNew, em -> {
            if (locked(em, account, now)) {
                return -1; // only in a race with the lock check
            }
            int n = em.createQuery("UPDATE LoginLockout l SET l.failures = l.failures + 1 WHERE l.account = :a"
                            + " AND l.windowStart > :from AND (l.lockedUntil IS NULL OR l.lockedUntil <= :now)")
                    .setParameter("a", account).setParameter("from", windowFrom).setParameter("now", now)
                    .executeUpdate();
            if (n == 0) {
                n = em.createQuery("UPDATE LoginLockout l SET l.failures = 1, l.windowStart = :now, l.lockedUntil = NULL"
                                + " WHERE l.account = :a AND (l.windowStart <= :from OR l.lockedUntil <= :now)")
                        .setParameter("a", account).setParameter("from", windowFrom).setParameter("now", now)
                        .executeUpdate();
            }
            if (n == 0) {
                return null;
            }
            return em.createQuery("SELECT l.failures FROM LoginLockout l WHERE l.account = :a", Integer.class)
                    .setParameter("a", account).getSingleResult();
        });
        if (count == null) {
            return null;
        }
        if (count < 0) {
            return new LoginFailureDTO(failures, true);
        }
        return count >= failures ? lockNow(account, count, now, lock) : new LoginFailureDTO(count, false);
    }

    /** Locks the account if its count reached the limit; the node whose update locks it says so. */
    private LoginFailureDTO lockNow(String account, int count, LocalDateTime now, Duration lock) {
        int n = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery(
                        "UPDATE LoginLockout l SET l.lockedUntil = :until, l.failures = 0, l.windowStart = :now"
                                + " WHERE l.account = :a AND l.failures > 0 AND (l.lockedUntil IS NULL OR l.lockedUntil <= :now)")
                .setParameter("until", now.plus(lock)).setParameter("now", now).setParameter("a", account)
                .executeUpdate());
        return new LoginFailureDTO(count, n == 1 || isLocked(account));
    }

    private static boolean locked(EntityManager em, String account, LocalDateTime now) {
        return !em.createQuery("SELECT l.account FROM LoginLockout l WHERE l.account = :a AND l.lockedUntil > :now")
                .setParameter("a", account).setParameter("now", now).getResultList().isEmpty();
    }

    @Override
    public void succeeded(String account) {
        LocalDateTime now = now();
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery(
                        "DELETE FROM LoginLockout l WHERE l.account = :a AND (l.lockedUntil IS NULL OR l.lockedUntil <= :now)")
                .setParameter("a", account).setParameter("now", now).executeUpdate());
    }

    private void sweepIfDue(LocalDateTime now, Duration window) {
        LocalDateTime last = lastSweep.get();
        if (last.isAfter(now.minus(window)) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("DELETE FROM LoginLockout l WHERE l.windowStart <= :from"
                        + " AND (l.lockedUntil IS NULL OR l.lockedUntil <= :now)")
                .setParameter("from", now.minus(window)).setParameter("now", now).executeUpdate());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
