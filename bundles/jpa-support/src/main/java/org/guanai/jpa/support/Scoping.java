package org.guanai.jpa.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.guanai.registry.api.security.Scope;

/**
 * Where a service's records lie in the county, so that {@link RecordServiceSupport} can keep each caller to their
 * {@link Scope}: a record outside it is not found, and lists and their totals count only what is inside. Most records
 * carry their township and village codes ({@link #byDivision}); a record placed through another (a check through
 * its woman, a service record through its site) implements this interface itself.
 *
 * @param <E> the entity
 */
public interface Scoping<E> {

    /** Adds to {@code filter} the condition that keeps rows inside {@code scope} (nothing for the whole county). */
    Filter restrict(Filter filter, Scope scope);

    /** Whether one loaded record is inside {@code scope}. */
    boolean includes(EntityManager em, E entity, Scope scope);

    /**
     * Records that carry their township and village codes.
     *
     * @param townshipPath the JPQL path of the township code, e.g. {@code e.townshipCode}
     * @param villagePath  the JPQL path of the village code, or null for records known only by township
     */
    static <E> Scoping<E> byDivision(String townshipPath, Function<E, String> township, String villagePath,
                                     Function<E, String> village) {
        return new Scoping<>() {
            @Override
            public Filter restrict(Filter filter, Scope scope) {
                Condition c = condition(scope, townshipPath, villagePath);
                return c == null ? filter : filter.and(c.jpql, c.values.toArray());
            }

            @Override
            public boolean includes(EntityManager em, E entity, Scope scope) {
                return scope.includes(township.apply(entity), village == null ? null : village.apply(entity));
            }
        };
    }

    /**
     * Records of a township as a whole (a service team, a health talk), or of the whole county when it has none: seen
     * by whoever sees any part of that township, and, without a township, by everyone.
     */
    static <E> Scoping<E> byTownship(String townshipPath, Function<E, String> township) {
        return new Scoping<>() {
            @Override
            public Filter restrict(Filter filter, Scope scope) {
                Condition c = townshipCondition(scope, townshipPath);
                return c == null ? filter : c.addTo(filter);
            }

            @Override
            public boolean includes(EntityManager em, E entity, Scope scope) {
                String code = township.apply(entity);
                return scope.isAll() || code == null || scope.touchedTownships().contains(code);
            }
        };
    }

    /** The condition of {@link #byTownship} on {@code townshipPath}; null for the whole county. */
    static Condition townshipCondition(Scope scope, String townshipPath) {
        Condition inside = condition(scope, townshipPath, null);
        return inside == null ? null
                : new Condition("(" + townshipPath + " IS NULL OR " + inside.jpql + ")", inside.values);
    }

    /**
     * The JPQL condition (with {@code ?} for its values, as {@link Filter#and} takes them) that keeps rows inside
     * {@code scope}; null for the whole county. A record known only by its township ({@code villagePath} null) is
     * inside when the caller sees any part of that township.
     */
    static Condition condition(Scope scope, String townshipPath, String villagePath) {
        if (scope.isAll()) {
            return null;
        }
        if (scope.isNothing()) {
            return new Condition(townshipPath + " IS NULL AND " + townshipPath + " IS NOT NULL", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (!scope.townships().isEmpty()) {
            parts.add(townshipPath + " IN ?");
            values.add(new ArrayList<>(scope.townships()));
        }
        if (!scope.villages().isEmpty() && villagePath != null) {
            parts.add(villagePath + " IN ?");
            values.add(new ArrayList<>(scope.villages()));
        }
        if (!scope.villages().isEmpty() && villagePath == null) {
            parts.add(townshipPath + " IN ?");
            values.add(new ArrayList<>(scope.touchedTownships()));
        }
        return new Condition("(" + String.join(" OR ", parts) + ")", values);
    }

    /** A JPQL condition with {@code ?} placeholders and their values, in order. */
    final class Condition {
        public final String jpql;
        public final List<Object> values;

        public Condition(String jpql, List<Object> values) {
            this.jpql = jpql;
            this.values = List.copyOf(values);
        }

        /** Adds it to {@code filter}. */
        public Filter addTo(Filter filter) {
            return filter.and(jpql, values.toArray());
        }
    }
}
