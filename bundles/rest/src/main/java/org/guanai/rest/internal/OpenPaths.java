package org.guanai.rest.internal;

import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;

import org.guanai.rest.api.GuanaiRest;

/**
 * The only requests served without credentials, and the paths that carry personal data. Paths
 * are relative to the application root ("/"), with or without a leading slash. Matching is exact:
 * anything else (a trailing slash, matrix parameters, another method) needs credentials.
 */
public final class OpenPaths {
    public static final String OPENAPI = GuanaiRest.API + "/openapi.json";
    /** The liveness probe (not the health-check module, which lives under api/v1/health/). */
    public static final String STATUS = GuanaiRest.API + "/status";
    private static final Set<String> OPEN = Set.of(OPENAPI, STATUS);

    private OpenPaths() {
    }

    /**
     * The path a request was made to, from the server's root ({@code api/v1/health/checks}), whichever application
     * serves it: {@code UriInfo.getPath()} is relative to the application's base, which for a module is
     * {@code /api/v1/<module>}.
     */
    public static String of(ContainerRequestContext request) {
        try {
            return normalize(request.getUriInfo().getRequestUri().getPath());
        } catch (RuntimeException e) {
            return normalize(request.getUriInfo().getPath());
        }
    }

    public static boolean isOpen(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && OPEN.contains(normalize(path));
    }

    /** Under {@code api/v1} and not one of the open documents: responses must not be cached. */
    public static boolean isPrivate(String path) {
        String p = normalize(path);
        return (p.equals(GuanaiRest.API) || p.startsWith(GuanaiRest.API + "/")) && !OPEN.contains(p);
    }

    static String normalize(String path) {
        if (path == null) {
            return "";
        }
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
