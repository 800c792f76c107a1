package org.guanai.health.internal.screening;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** One page of a list the rules computed whole. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> slice(List<T> all, PageRequest page) {
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        List<T> items = p.offset >= all.size() ? new ArrayList<>()
                : new ArrayList<>(all.subList(p.offset, Math.min(all.size(), p.offset + p.limit)));
        return new Page<>(items, all.size(), p.offset, p.limit);
    }
}
