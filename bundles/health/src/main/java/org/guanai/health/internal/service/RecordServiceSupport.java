package org.guanai.health.internal.service;

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
import org.guanai.health.internal.jpa.VersionedEntity;
import org.guanai.health.internal.validation.Checks;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;

/**
 * What the health module's record services share (the registry's pattern): transactions, loading by
 * id, the version check of updates, paging, and the mapping of entities to DTOs that subclasses define.
 *
 * <p>Registry lookups (persons, sites, divisions) are made by the subclasses before they open a
 * transaction of this unit, so a write never holds one of our transactions open across another
 * bundle's service.
 *
 * @param <E> the entity
 * @param <D> the DTO it is read and written as
 */
abstract class RecordServiceSupport<E extends VersionedEntity, D> {

    static final int NAME_MAX = 100;
    static final int NOTES_MAX = 2000;

    private final JpaTemplate jpa;
    private final Class<E> type;
    /** The record type in messages: "campaign", "check". */
    final String recordType;
    private Clock clock = Clock.systemDefaultZone();

    RecordServiceSupport(JpaTemplate jpa, Class<E> type, String recordType) {
        this.jpa = jpa;
        this.type = type;
        this.recordType = recordType;
    }

    /** For tests that pin "today". */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    abstract D toDto(EntityManager em, E entity);

    List<D> toDtos(EntityManager em, List<E> entities) {
        List<D> dtos = new ArrayList<>(entities.size());
        for (E e : entities) {
            dtos.add(toDto(em, e));
        }
        return dtos;
    }

    <R> R tx(EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    E find(EntityManager em, long id) {
        E entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(recordType, id);
        }
        return entity;
    }

    D getRecord(long id) {
        return tx(em -> toDto(em, find(em, id)));
    }

    Page<D> listRecords(Filter filter, PageRequest page) {
        return tx(em -> {
            Page<E> entities = filter.page(em, type, page);
            return new Page<>(toDtos(em, entities.items), entities.total, entities.offset, entities.limit);
        });
    }

    /** Persists what {@code build} validated and made (it throws, writing nothing, when the input is bad). */
    D createRecord(Function<EntityManager, E> build) {
        return tx(em -> {
            E entity = build.apply(em);
            em.persist(entity);
            em.flush();
            return toDto(em, entity);
        });
    }

    /**
     * Applies {@code change} to the record if it is still at {@code expectedVersion}. Every update moves the
     * version on, even one that only replaced collection rows, so a client's ETag always tells it apart.
     */
    D updateRecord(long id, long expectedVersion, BiConsumer<EntityManager, E> change) {
        return staleChecked(id, expectedVersion, () -> tx(em -> {
            E entity = find(em, id);
            if (entity.getVersion() != expectedVersion) {
                throw new StaleVersionException(recordType, id, expectedVersion, entity.getVersion());
            }
            change.accept(em, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return toDto(em, entity);
        }));
    }

    // Someone may commit between our version check and our flush; the database then has the last word.
    private D staleChecked(long id, long expectedVersion, Supplier<D> write) {
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

    /** A request without a record is refused like one with bad fields. */
    static <T> T body(T dto) {
        if (dto == null) {
            throw ValidationException.of("body", "is required");
        }
        return dto;
    }

    /** Trimmed, and null when blank: what is stored for optional text. */
    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static void notInFuture(Checks checks, String field, LocalDate date, LocalDate today) {
        checks.check(date == null || !date.isAfter(today), field, "must not be in the future");
    }
}
