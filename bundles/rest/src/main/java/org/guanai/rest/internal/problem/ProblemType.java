package org.guanai.rest.internal.problem;

/** The problem types of the Guanai API: stable URIs clients may branch on (RFC 9457 {@code type}). */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request", "the request has invalid values"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request", "the request cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required", "valid credentials are required (HTTP Basic)"),
    FORBIDDEN(403, "forbidden", "Forbidden", "you are not allowed to do this"),
    NOT_FOUND(404, "not-found", "Not found", "there is nothing at this path"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "this method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable",
            "none of the media types in Accept can be produced; this API produces application/json"),
    CONFLICT(409, "conflict", "Conflict", "the request conflicts with data already stored"),
    STALE_VERSION(412, "stale-version", "Stale version",
            "the record has changed since you read it; reload it and try again"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large", "the request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
            "this Content-Type is not accepted here; send application/json"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required",
            "If-Match is required: send the ETag of the version you read"),
    INTERNAL(500, "internal", "Internal error", "internal error"),
    BUSY(503, "busy", "Busy", "the server is doing as much of this work as it allows at once; try again later");

    public static final String BASE = "https://guanai.org/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final String defaultDetail;

    ProblemType(int status, String slug, String title, String defaultDetail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public String defaultDetail() {
        return defaultDetail;
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
