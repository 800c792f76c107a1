package org.guanai.health.internal.service;

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
 * with its page and total count run on the same criteria (the registry's pattern).
 */
final class Filter {

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

    /** One page of the matching entities, ordered by id (stable across pages), with the total count. */
    <E> Page<E> page(EntityManager em, Class<E> type, PageRequest page) {
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        String entity = entityName(em, type);
        long total = bind(em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where(), Long.class))
                .getSingleResult();
        List<E> items = total <= p.offset ? new ArrayList<>()
                : bind(em.createQuery("SELECT e FROM " + entity + " e" + where() + " ORDER BY e.id", type))
                        .setFirstResult(p.offset)
                        .setMaxResults(p.limit)
                        .getResultList();
        return new Page<>(items, total, p.offset, p.limit);
    }

    /** Projected rows ({@code select} over {@code e}) of every match, no entity loaded. */
    <T> List<T> select(EntityManager em, Class<?> type, String select, Class<T> rowType) {
        return bind(em.createQuery("SELECT " + select + " FROM " + entityName(em, type) + " e" + where(), rowType))
                .getResultList();
    }

    private static String entityName(EntityManager em, Class<?> type) {
        return em.getMetamodel().entity(type).getName();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
