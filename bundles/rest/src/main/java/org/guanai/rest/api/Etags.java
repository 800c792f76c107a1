package org.guanai.rest.api;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * Optimistic concurrency over HTTP: a record's version is its (strong) ETag; writes must send
 * it back in {@code If-Match}. No If-Match gives 428, a malformed one 400; a stale one is
 * detected by the service (which throws StaleVersionException, mapped to 412).
 */
public final class Etags {
    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /**
     * The version the client read, from If-Match.
     *
     * @throws PreconditionRequiredException when If-Match is absent (428)
     * @throws IllegalIfMatchException when it is not one ETag this API issued (400)
     */
    public static long requireIfMatch(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String v = value.trim();
        if (v.startsWith("W/")) {
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag can never match
            throw new IllegalIfMatchException(value);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            long version = Long.parseLong(v);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new IllegalIfMatchException(value);
        }
    }

    /** No If-Match on a write: 428 Precondition Required. */
    public static final class PreconditionRequiredException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PreconditionRequiredException() {
            super("If-Match is required: send the ETag of the version you read");
        }
    }

    /** If-Match that is not a single ETag we issued: 400. */
    public static final class IllegalIfMatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String value;

        public IllegalIfMatchException(String value) {
            super("If-Match must be one strong ETag as returned by GET, e.g. \"3\"; got " + value);
            this.value = value;
        }

        /** The header as the client sent it. */
        public String value() {
            return value;
        }
    }
}
