package org.guanai.rest.internal.problem;

import org.guanai.registry.api.Message;
import org.guanai.rest.internal.RestText;

/**
 * The problem types of the Guanai API: stable URIs clients may branch on (RFC 9457 {@code type}). Titles and
 * default details are in the bundle's messages, in Chinese and English.
 */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    STALE_VERSION(412, "stale-version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    INTERNAL(500, "internal"),
    BUSY(503, "busy");

    public static final String BASE = "https://guanai.org/problems/";

    private final int status;
    private final String slug;
    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    /** The title, from this bundle's messages ({@code problem.<slug>.title}). */
    public Message title() {
        return RestText.message("problem." + slug + ".title");
    }

    /** What the detail says when nothing more precise is known ({@code problem.<slug>.detail}). */
    public Message defaultDetail() {
        return RestText.message("problem." + slug + ".detail");
    }

    /** The type for a bare HTTP status (from the JAX-RS runtime), or null when there is none of ours. */
    static ProblemType forStatus(int status) {
        switch (status) {
            case 400: return MALFORMED_REQUEST;
            case 401: return UNAUTHORIZED;
            case 403: return FORBIDDEN;
            case 404: return NOT_FOUND;
            case 405: return METHOD_NOT_ALLOWED;
            case 406: return NOT_ACCEPTABLE;
            case 409: return CONFLICT;
            case 412: return STALE_VERSION;
            case 413: return PAYLOAD_TOO_LARGE;
            case 415: return UNSUPPORTED_MEDIA_TYPE;
            case 428: return PRECONDITION_REQUIRED;
            default: return null;
        }
    }
}
