package org.guanai.registry.api;

import java.util.List;

/** Where a page starts and how long it is; {@link #of} checks both. */
public final class PageRequest {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public final int offset;
    public final int limit;

    private PageRequest(int offset, int limit) {
        this.offset = offset;
        this.limit = limit;
    }

    /** @throws ValidationException naming {@code offset} or {@code limit} when out of range */
    public static PageRequest of(Integer offset, Integer limit) {
        int o = offset == null ? 0 : offset;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (o < 0) {
            throw new ValidationException(List.of(new FieldError("offset", Message.API.message("page.offset"))));
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw new ValidationException(List.of(new FieldError("limit", Message.API.message("page.limit", MAX_LIMIT))));
        }
        return new PageRequest(o, l);
    }

    public static PageRequest first(int limit) {
        return of(0, limit);
    }
}
