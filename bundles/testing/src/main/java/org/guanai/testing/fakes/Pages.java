package org.guanai.testing.fakes;

import java.util.List;
import java.util.stream.Collectors;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Paging of a fake's in-memory records. */
public final class Pages {
    private Pages() {
    }

    /** The requested window of all, with all's size as the total. */
    public static <T> Page<T> page(List<T> all, PageRequest page) {
        List<T> items = all.stream().skip(page.offset).limit(page.limit).collect(Collectors.toList());
        return new Page<>(items, all.size(), page.offset, page.limit);
    }
}
