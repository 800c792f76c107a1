package org.guanai.mutualaid.internal.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/** Paging of lists computed whole (they are per township, a few thousand rows at most). */
public final class Pages {
    private Pages() {
    }

    public static <T> Page<T> of(List<T> all, PageRequest page) {
        PageRequest p = page == null ? PageRequest.of(null, null) : page;
        int from = Math.min(p.offset, all.size());
        int to = Math.min(all.size(), from + p.limit);
        return new Page<>(new ArrayList<>(all.subList(from, to)), all.size(), p.offset, p.limit);
    }

    /** Every item of a paged read. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<T> page = read.apply(PageRequest.of(offset, PageRequest.MAX_LIMIT));
            all.addAll(page.items);
            offset += PageRequest.MAX_LIMIT;
            if (page.items.isEmpty() || offset >= page.total) {
                return all;
            }
        }
    }
}
