package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/** The import's batched reads: IN lists of fixed sizes, each batch in a transaction of its own. */
final class ImportLookups {

    static final int LOOKUP_BATCH = 500;

    private final JpaTemplate jpa;

    ImportLookups(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    <R> R tx(EmFunction<R> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /**
     * The values of an IN list, repeated up to a fixed size (10, 100 or {@link #LOOKUP_BATCH}): Derby compiles
     * every statement text once and caches it, and compiling an IN list of hundreds of parameters costs more
     * than running it. Fixed sizes make the chunks' lookups a handful of cached statements.
     */
    static <T> List<T> padded(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            return list;
        }
        int size = list.size() <= 10 ? 10 : list.size() <= 100 ? 100 : Math.max(list.size(), LOOKUP_BATCH);
        T last = list.get(list.size() - 1);
        while (list.size() < size) {
            list.add(last);
        }
        return list;
    }

    static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
            batches.add(all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH)));
        }
        return batches;
    }
}
