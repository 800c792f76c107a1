package org.guanai.rest.internal.auth;

import java.util.Map;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;

import org.guanai.rest.internal.OpenPaths;

/**
 * How the web dashboard's requests carry a session ({@link WebSessions}): the token in an HttpOnly,
 * SameSite=Strict cookie limited to {@code /api/v1}, and the session's CSRF token in a header that only the
 * page's own script can set. A request with the cookie but without the right header is refused, so a page of
 * another site that makes the browser send the cookie gets nothing done; only reading one's own session
 * ({@code GET /api/v1/session}, how a reloaded page learns its CSRF token) needs no header, and its answer
 * cannot be read cross-site.
 */
public final class SessionCredentials {
    public static final String COOKIE = "GUANAI_SESSION";
    public static final String CSRF_HEADER = "X-Guanai-CSRF";
    /** Sent by the dashboard with every request: a 401 then challenges without Basic (no browser dialog). */
    public static final String WEB_HEADER = "X-Guanai-Web";
    /**
     * Sent by the dashboard's own timers (the module panels' refresh): such a request is served but does not keep
     * the session from going idle, so a page left open on an unattended PC still signs out.
     */
    public static final String BACKGROUND_HEADER = "X-Guanai-Background";
    public static final String SESSION_PATH = "api/v1/session";
    static final String COOKIE_PATH = "/api/v1";

    private SessionCredentials() {
    }

    /** The session token the request carries, if any. */
    static Optional<String> token(ContainerRequestContext request) {
        Map<String, Cookie> cookies = request.getCookies();
        Cookie cookie = cookies == null ? null : cookies.get(COOKIE);
        return cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty() ? Optional.empty()
                : Optional.of(cookie.getValue());
    }

    /** Whether this request is the user's doing, not a page's timer ({@link #BACKGROUND_HEADER}). */
    static boolean activity(ContainerRequestContext request) {
        return request.getHeaderString(BACKGROUND_HEADER) == null;
    }

    /** Whether this request may go without the CSRF header: reading one's own session. */
    static boolean csrfExempt(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) && OpenPaths.normalize(request.getUriInfo().getPath()).equals(SESSION_PATH);
    }

    /** The Set-Cookie value that starts a session (no Max-Age: the browser forgets it when it closes). */
    public static String setCookie(String token, boolean secure) {
        return COOKIE + "=" + token + "; Path=" + COOKIE_PATH + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The Set-Cookie value that makes the browser drop the session cookie. */
    public static String clearCookie(boolean secure) {
        return COOKIE + "=; Path=" + COOKIE_PATH + "; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
