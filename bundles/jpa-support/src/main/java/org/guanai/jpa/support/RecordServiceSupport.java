package org.guanai.jpa.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.Visibility;

/**
 * What a module's record services share: transactions, loading by id, the version check of updates,
 * paging, and the mapping of entities to DTOs that subclasses define. A subclass is a DS component of
 * the module's persistence bundle, handed that bundle's {@link JpaTemplate}; its entity type is one of
 * that bundle's entities and only needs to implement {@link Versioned}.
 *
 * <p>Lookups in another bundle's services are best made before opening a transaction here, so that a
 * write never holds a transaction of this unit open across another bundle's service.
 *
 * <p>Field length limits belong to each module's schema and stay in the module.
 *
 * <p><b>Audit.</b> Once given an {@link AuditService} ({@link #auditTo}), every create, update and end leaves
 * a row {@code <record type>.create|update|end} with the changed public fields of the DTO before and after
 * ({@link AuditDiff}: ID numbers and phones masked, the version left out). Where the row is written depends
 * on the {@link AuditPlacement} the subclass chose:
 * <ul>
 * <li>{@link AuditPlacement#IN_WRITE_TRANSACTION}, for the registry's own services: inside the write's
 * transaction. The audit service writes with the registry's unit and joins it, so a committed write always
 * has its row and a write that rolls back leaves none.</li>
 * <li>{@link AuditPlacement#AFTER_WRITE}, for a module's services (the health module's) whose persistence
 * unit is not the registry's: in its own transaction right after the write's has committed, so the module's
 * transaction never holds the registry's open (see above). A crash between the two can lose that one row;
 * a write that fails leaves none.</li>
 * </ul>
 * Without an audit service (plain unit tests) nothing is recorded.
 *
 * <p><b>Scope.</b> A service whose records lie in the county calls {@link #scopedBy} once: from then on
 * {@link #find} (and so every get, update and end) answers {@link NotFoundException} for a record outside the
 * current caller's {@link Scope}, {@link #listRecords} keeps to it, and {@link #checkInScope} refuses a write that
 * would place a record outside it. Masking is the DTO's business: {@link #toDto} applies
 * {@link Visibility#idNumber}/{@link Visibility#phone} where its DTO has such fields.
 *
 * @param <E> the entity
 * @param <D> the DTO it is read and written as
 */
public abstract class RecordServiceSupport<E extends Versioned, D> {

    private final JpaTemplate jpa;
    private final Class<E> type;
    /** The record type in messages: "person", "campaign". */
    private final String recordType;
    private Clock clock = Clock.systemDefaultZone();
    private AuditService audit;
    private AuditPlacement auditPlacement = AuditPlacement.AFTER_WRITE;
    private Visibility visibility;
    private Scoping<E> scoping;

    /** Where a service's audit rows are written; see the class comment. */
    public enum AuditPlacement {
        /** In the write's own transaction: for services of the registry's persistence unit. */
        IN_WRITE_TRANSACTION,
        /** In a transaction of its own right after the write: for services of another unit. */
        AFTER_WRITE
    }

    protected RecordServiceSupport(JpaTemplate jpa, Class<E> type, String recordType) {
        this.jpa = jpa;
        this.type = type;
        this.recordType = recordType;
    }

    /**
     * Records every write of this service in {@code audit}; called once, from the DS constructor that got it
     * by reference.
     */
    protected final void auditTo(AuditService audit, AuditPlacement placement) {
        this.audit = audit;
        this.auditPlacement = placement;
    }

    /**
     * Keeps every read and write of this service to the current caller's scope (see the class comment); called
     * once, from the constructor. Without it (records that are not placed in the county) nothing is scoped.
     */
    protected final void scopedBy(Visibility visibility, Scoping<E> scoping) {
        this.visibility = visibility;
        this.scoping = scoping;
    }

    /** The current caller's scope: {@link Scope#all()} when this service is not scoped or no one is calling. */
    protected Scope scope() {
        return visibility == null ? Scope.all() : visibility.scope();
    }

    /**
     * Refuses, on {@code field}, a record placed in that township and village when the caller does not see it:
     * nobody registers records where they could not read them back.
     */
    protected void checkInScope(Checks checks, String field, String townshipCode, String villageCode) {
        checks.check(townshipCode == null || scope().includes(townshipCode, villageCode), field,
                Checks.text("outsideScope", villageCode == null ? townshipCode : villageCode));
    }

    /** For tests that pin "today". */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The record type in messages: "person", "campaign". */
    protected final String recordType() {
        return recordType;
    }

    protected abstract D toDto(EntityManager em, E entity);

    /**
     * The record as the audit trail compares it before and after a write: in full, whatever the caller may
     * see (the trail masks what it records). By default {@link #toDto}; a service whose {@code toDto} masks
     * for the caller overrides this with its unmasked mapping, or a change hidden by the mask goes unrecorded.
     */
    protected D auditView(EntityManager em, E entity) {
        return toDto(em, entity);
    }

    /** Maps a page of entities; override to batch what each DTO needs. */
    protected List<D> toDtos(EntityManager em, List<E> entities) {
        List<D> dtos = new ArrayList<>(entities.size());
        for (E e : entities) {
            dtos.add(toDto(em, e));
        }
        return dtos;
    }

    /** Runs {@code work} in a transaction of this unit, joining one already open. */
    protected <R> R tx(EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /** The record with that id, or {@link NotFoundException}: also for one outside the caller's scope. */
    protected E find(EntityManager em, long id) {
        E entity = em.find(type, id);
        if (entity == null || scoping != null && !scoping.includes(em, entity, scope())) {
            throw new NotFoundException(recordType, id);
        }
        return entity;
    }

    protected D getRecord(long id) {
        return tx(em -> toDto(em, find(em, id)));
    }

    /** A page of the records {@code filter} matches inside the caller's scope, with their total. */
    protected Page<D> listRecords(Filter filter, PageRequest page) {
        if (scoping != null) {
            scoping.restrict(filter, scope());
        }
        return tx(em -> {
            Page<E> entities = filter.page(em, type, page);
            return new Page<>(toDtos(em, entities.items), entities.total, entities.offset, entities.limit);
        });
    }

    /** Persists what {@code build} validated and made (it throws, writing nothing, when the input is bad). */
    protected D createRecord(Function<EntityManager, E> build) {
        Audited<D> done = tx(em -> {
            E entity = build.apply(em);
            em.persist(entity);
            em.flush();
            D dto = toDto(em, entity);
            return inWrite(new Audited<>(AuditOperations.CREATE, entity.getId(), AuditDiff.snapshot(null),
                    audit == null ? null : AuditDiff.snapshot(auditView(em, entity)), dto));
        });
        return afterWrite(done);
    }

    /**
     * Applies {@code change} to the record if it is still at {@code expectedVersion}. Every update moves the
     * version on, even one that only replaced child or collection rows, so a client's ETag always tells it apart.
     */
    protected D updateRecord(long id, long expectedVersion, BiConsumer<EntityManager, E> change) {
        return changeRecord(AuditOperations.UPDATE, id, expectedVersion, change);
    }

    /** {@link #updateRecord}, audited as {@code verb} ({@link AuditOperations#UPDATE} or {@link AuditOperations#END}). */
    protected D changeRecord(String verb, long id, long expectedVersion, BiConsumer<EntityManager, E> change) {
        Audited<D> done = staleChecked(id, expectedVersion, () -> tx(em -> {
            E entity = find(em, id);
            if (entity.getVersion() != expectedVersion) {
                throw new StaleVersionException(recordType, id, expectedVersion, entity.getVersion());
            }
            AuditDiff.Snapshot before = audit == null ? null : AuditDiff.snapshot(auditView(em, entity));
            change.accept(em, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return inWrite(new Audited<>(verb, id, before,
                    audit == null ? null : AuditDiff.snapshot(auditView(em, entity)), toDto(em, entity)));
        }));
        return afterWrite(done);
    }

    /** A write's result with what its audit row needs. */
    private static final class Audited<D> {
        final String verb;
        final Long id;
        final AuditDiff.Snapshot before;
        final AuditDiff.Snapshot after;
        /** What the write returns to its caller. */
        final D result;

        Audited(String verb, Long id, AuditDiff.Snapshot before, AuditDiff.Snapshot after, D result) {
            this.verb = verb;
            this.id = id;
            this.before = before;
            this.after = after;
            this.result = result;
        }
    }

    private Audited<D> inWrite(Audited<D> done) {
        if (audit != null && auditPlacement == AuditPlacement.IN_WRITE_TRANSACTION) {
            audit.record(event(done));
        }
        return done;
    }

    private D afterWrite(Audited<D> done) {
        if (audit != null && auditPlacement == AuditPlacement.AFTER_WRITE) {
            audit.record(event(done));
        }
        return done.result;
    }

    private AuditEvent event(Audited<D> done) {
        return AuditEvent.of(AuditOperations.of(recordType, done.verb))
                .record(recordType, done.id)
                .changes(AuditDiff.diff(done.before, done.after))
                .build();
    }

    // Someone may commit between our version check and our flush; the database then has the last word.
    private <R> R staleChecked(long id, long expectedVersion, Supplier<R> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!causedByOptimisticLock(e)) {
                throw e;
            }
            long current = tx(em -> find(em, id).getVersion());
            throw new StaleVersionException(recordType, id, expectedVersion, current);
        }
    }

    private static boolean causedByOptimisticLock(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads a referenced record, or adds "household 99 does not exist" to {@code field}: a dangling
     * reference is a bad field of the request, not a missing resource.
     */
    public static <T> T reference(EntityManager em, Checks checks, String field, Class<T> type, String label, Long id) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        checks.check(found != null, field, Checks.text("doesNotExist", Message.recordType(label), id));
        return found;
    }

    /** A request without a record is refused like one with bad fields. */
    public static <T> T body(T dto) {
        if (dto == null) {
            throw ValidationException.of("body", Checks.text("required"));
        }
        return dto;
    }

    /** Trimmed, and null when blank: what is stored for optional text. */
    public static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static void notInFuture(Checks checks, String field, LocalDate date, LocalDate today) {
        checks.check(date == null || !date.isAfter(today), field, Checks.text("notInFuture"));
    }
}
