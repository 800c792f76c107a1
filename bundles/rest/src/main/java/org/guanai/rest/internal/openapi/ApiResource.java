package org.guanai.rest.internal.openapi;

/** A resource class served by the application at {@code base} ("/" for the default one). */
public final class ApiResource {
    final String base;
    final Class<?> type;

    public ApiResource(String base, Class<?> type) {
        this.base = base == null ? "/" : base;
        this.type = type;
    }
}
