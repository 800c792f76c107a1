package org.guanai.rest.api;

/** Constants shared by every Guanai REST resource. */
public final class GuanaiRest {
    /** All Guanai endpoints live under this path prefix (resources put it in their {@code @Path}). */
    public static final String API = "api/v1";

    /**
     * {@code osgi.jaxrs.name} of the security extension: HTTP Basic authentication before matching,
     * authorization by {@link Allow}/{@link Public} after it.
     */
    public static final String AUTH_EXTENSION = "guanai.auth";
    /** {@code osgi.jaxrs.name} of the JSON provider. */
    public static final String JSON_EXTENSION = "guanai.json";
    /** {@code osgi.jaxrs.name} of the problem+json exception mappers. */
    public static final String PROBLEM_EXTENSION = "guanai.problems";

    /** Filters for {@code @JaxrsExtensionSelect}: every resource selects all three. */
    public static final String SELECT_AUTH = "(osgi.jaxrs.name=" + AUTH_EXTENSION + ")";
    public static final String SELECT_JSON = "(osgi.jaxrs.name=" + JSON_EXTENSION + ")";
    public static final String SELECT_PROBLEMS = "(osgi.jaxrs.name=" + PROBLEM_EXTENSION + ")";

    /**
     * The applications the Guanai extensions bind to: the whiteboard's default application (the registry, the
     * liveness probe, the OpenAPI document) and every module's {@link GuanaiApplication}.
     */
    public static final String SELECT_APPLICATIONS = "(|(osgi.jaxrs.name=.default)(guanai.application=true))";

    /** Media type of error bodies (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private GuanaiRest() {
    }
}
