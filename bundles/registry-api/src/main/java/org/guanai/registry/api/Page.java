package org.guanai.registry.api;

import java.util.ArrayList;
import java.util.List;

/** One page of a list: the items, where the page starts, its size and the total matching count. */
public class Page<T> {
    public List<T> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    public Page() {
    }

    public Page(List<T> items, long total, int offset, int limit) {
        this.items = items;
        this.total = total;
        this.offset = offset;
        this.limit = limit;
    }
}
