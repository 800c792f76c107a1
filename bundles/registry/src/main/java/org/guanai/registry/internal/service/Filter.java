package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * The WHERE clause of a list query over one entity aliased {@code e}, built from optional filters,
 * with its page and total count run on the same criteria.
 */
final class Filter {

    private static final char LIKE_ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds a condition, binding each {@code ?} in it to the next value. */
    Filter and(String condition, Object... values) {
        StringBuilder jpql = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                String name = "p" + parameters.size();
                parameters.put(name, values[next++]);
                jpql.append(':').append(name);
            } else {
                jpql.append(c);
            }
        }
        conditions.add(jpql.toString());
        return this;
    }

    /** Adds {@code condition} (with one {@code ?}) only when a value is given: null means "no filter". */
    Filter andIf(Object value, String condition) {
        return value == null ? this : and(condition, value);
    }

    Filter eq(String path, Object value) {
        return andIf(value, path + " = ?");
    }

    /** A prefix match; the prefix's own % and _ match literally. */
    Filter startsWith(String path, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return this;
        }
        return and(path + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", escapeLike(prefix.trim()) + "%");
    }

    /** One page of the matching entities, ordered by id (stable across pages), with the total count. */
    <E> Page<E> page(EntityManager em, Class<E> type, PageRequest page) {
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        String entity = em.getMetamodel().entity(type).getName();
        long total = bind(em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where(), Long.class))
                .getSingleResult();
        List<E> items = total <= p.offset ? new ArrayList<>()
                : bind(em.createQuery("SELECT e FROM " + entity + " e" + where() + " ORDER BY e.id", type))
                        .setFirstResult(p.offset)
                        .setMaxResults(p.limit)
                        .getResultList();
        return new Page<>(items, total, p.offset, p.limit);
    }

    /** All matching entities in the given order (for short lists, such as one person's records). */
    <E> List<E> list(EntityManager em, Class<E> type, String orderBy) {
        String entity = em.getMetamodel().entity(type).getName();
        return bind(em.createQuery("SELECT e FROM " + entity + " e" + where() + " ORDER BY " + orderBy, type))
                .getResultList();
    }

    /** How many entities match, per value of {@code path} (one GROUP BY query, no entity loaded). */
    <K> Map<K, Long> countBy(EntityManager em, Class<?> type, String path, Class<K> keyType) {
        String entity = em.getMetamodel().entity(type).getName();
        List<Object[]> rows = bind(em.createQuery("SELECT " + path + ", COUNT(e) FROM " + entity + " e" + where()
                + " GROUP BY " + path, Object[].class)).getResultList();
        Map<K, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(keyType.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
