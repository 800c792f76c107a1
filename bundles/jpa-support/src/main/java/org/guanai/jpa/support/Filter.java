package org.guanai.jpa.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * The WHERE clause of a query over one entity aliased {@code e}, built from optional filters, and the
 * queries that run on it: a page with its total count, a short ordered list, counts per value, projected
 * rows. Values are always bound as parameters, never written into the JPQL. One per query; not thread-safe.
 * <pre>
 * new Filter().eq("e.status", query.status).startsWith("e.name", query.namePrefix).page(em, PersonEntity.class, page);
 * </pre>
 */
public final class Filter {

    private static final char LIKE_ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Filter() {
    }

    /** Adds a condition, binding each {@code ?} in it to the next value. */
    public Filter and(String condition, Object... values) {
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
    public Filter andIf(Object value, String condition) {
        return value == null ? this : and(condition, value);
    }

    /** {@code path = value}, when a value is given. */
    public Filter eq(String path, Object value) {
        return andIf(value, path + " = ?");
    }

    /** A prefix match, when a non-blank prefix is given; the prefix's own % and _ match literally. */
    public Filter startsWith(String path, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return this;
        }
        return and(path + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", escapeLike(prefix.trim()) + "%");
    }

    /** One page of the matching entities, ordered by id (stable across pages), with the total count. */
    public <E> Page<E> page(EntityManager em, Class<E> type, PageRequest page) {
        return page(em, type, page, "e.id");
    }

    /**
     * One page of the matching entities in the given order (make it stable: end with a unique path), with their
     * total. A page that is the last one (some items, fewer than asked; or none on the first page) says the total
     * itself, and no count runs: a name search usually finds fewer than a page, and counting walks every match
     * (issue #15). Otherwise the total is counted.
     */
    public <E> Page<E> page(EntityManager em, Class<E> type, PageRequest page, String orderBy) {
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        String entity = entityName(em, type);
        List<E> items = bind(em.createQuery("SELECT e FROM " + entity + " e" + where() + " ORDER BY " + orderBy, type))
                .setFirstResult(p.offset)
                .setMaxResults(p.limit)
                .getResultList();
        boolean last = items.isEmpty() ? p.offset == 0 : items.size() < p.limit;
        long total = last ? p.offset + items.size()
                : bind(em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where(), Long.class)).getSingleResult();
        return new Page<>(items, total, p.offset, p.limit);
    }

    /** All matching entities in the given order (for short lists, such as one person's records). */
    public <E> List<E> list(EntityManager em, Class<E> type, String orderBy) {
        return bind(em.createQuery("SELECT e FROM " + entityName(em, type) + " e" + where() + " ORDER BY " + orderBy,
                type)).getResultList();
    }

    /** How many entities match, per value of {@code path} (one GROUP BY query, no entity loaded). */
    public <K> Map<K, Long> countBy(EntityManager em, Class<?> type, String path, Class<K> keyType) {
        List<Object[]> rows = bind(em.createQuery("SELECT " + path + ", COUNT(e) FROM " + entityName(em, type) + " e"
                + where() + " GROUP BY " + path, Object[].class)).getResultList();
        Map<K, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(keyType.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Projected rows ({@code select} over {@code e}) of every match, no entity loaded. */
    public <T> List<T> select(EntityManager em, Class<?> type, String select, Class<T> rowType) {
        return bind(em.createQuery("SELECT " + select + " FROM " + entityName(em, type) + " e" + where(), rowType))
                .getResultList();
    }

    /** Projected rows ({@code select} over {@code e}) of every match in the given order, no entity loaded. */
    public <T> List<T> select(EntityManager em, Class<?> type, String select, String orderBy, Class<T> rowType) {
        return bind(em.createQuery("SELECT " + select + " FROM " + entityName(em, type) + " e" + where()
                + " ORDER BY " + orderBy, rowType)).getResultList();
    }

    /**
     * Aggregated rows of the matches: {@code SELECT select FROM type e WHERE … GROUP BY groupBy}, e.g. counts per
     * two columns. No entity loaded.
     */
    public List<Object[]> groupBy(EntityManager em, Class<?> type, String select, String groupBy) {
        return bind(em.createQuery("SELECT " + select + " FROM " + entityName(em, type) + " e" + where()
                + " GROUP BY " + groupBy, Object[].class)).getResultList();
    }

    /** Escapes LIKE's wildcards (and the escape character) so {@code s} matches literally. */
    public static String escapeLike(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                out.append(LIKE_ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
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
