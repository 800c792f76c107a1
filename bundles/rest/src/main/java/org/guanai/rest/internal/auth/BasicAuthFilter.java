package org.guanai.rest.internal.auth;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.internal.LogText;
import org.guanai.rest.internal.OpenPaths;
import org.guanai.rest.internal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who makes each request, for every request but the two open documents, before any resource is matched (so
 * unknown paths reveal nothing either): HTTP Basic against a JAAS realm, with lockout and audit of failed logins
 * ({@link BasicLogin}), or the web dashboard's session cookie with its CSRF header ({@link SessionCredentials}).
 * The caller goes on as its {@link Caller}, asking for a full view of ID numbers and phones where the request
 * says so. It also marks every response under {@code api/v1} {@code Cache-Control: no-store}: they carry personal
 * data. Registered by {@link AuthExtension}, the extension every resource selects, so neither can be missing
 * while a resource is served.
 *
 * <p>Audit ({@link AuditTrail}): failed logins ({@link BasicLogin}); a response to a caller who asked for a full
 * view ({@link Caller#unmaskReason()}) leaves a {@code <record type>.unmask} row with the reason.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Query parameters of any request that asks to see ID numbers and phones in full, and why. */
    public static final String UNMASK = "unmask";
    public static final String REASON = "reason";
    static final int REASON_MAX = 500;
    static final String NO_FULL_VIEW = "your role may not see ID numbers and phones in full";
    static final String SESSION_ENDED = "your session has ended; sign in again";
    static final String WEB_CHALLENGE = "GuanaiSession realm=\"guanai\"";
    static final String NO_CSRF = "the request lacks the session's CSRF token";
    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthFilter.class);

    private final Problems problems = new Problems();
    private final BasicLogin logins;
    private final Supplier<Set<String>> fullViewRoles;
    private final AuditTrail audit;
    /** The web dashboard's sign-in sessions; none in tests that are not about them. */
    private volatile WebSessions sessions = new WebSessions();

    /** The request as the servlet container has it, for the client's address in the log; a per-request proxy. */
    @Context
    HttpServletRequest servletRequest;

    /** For tests: any login instead of JAAS, default lockout. */
    BasicAuthFilter(Authenticator authenticator) {
        this(() -> authenticator, new LoginThrottle(LoginThrottle.Settings.DEFAULT, System::nanoTime), LOG::warn);
    }

    /** {@code authenticator} is asked per request: configuration may replace it. */
    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle) {
        this(authenticator, throttle, LOG::warn);
    }

    /** {@code fullViewRoles}: who may ask for ID numbers and phones in full, asked per request. */
    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle, Supplier<Set<String>> fullViewRoles) {
        this(authenticator, throttle, LOG::warn, fullViewRoles);
    }

    /** For tests: the warnings (failed logins, lockouts) go to {@code warnings}. */
    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle, Consumer<String> warnings) {
        this(authenticator, throttle, warnings, () -> AuthExtension.DEFAULT_FULL_VIEW, AuditTrail.NONE);
    }

    /** For tests: warnings to {@code warnings}, audit rows to {@code audit}. */
    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle, Consumer<String> warnings,
                    AuditTrail audit) {
        this(authenticator, throttle, warnings, () -> AuthExtension.DEFAULT_FULL_VIEW, audit);
    }

    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle, Consumer<String> warnings,
                    Supplier<Set<String>> fullViewRoles) {
        this(authenticator, throttle, warnings, fullViewRoles, AuditTrail.NONE);
    }

    /**
     * As the extension makes it: {@code fullViewRoles} (who may ask for ID numbers and phones in full) is asked
     * per request; failed logins and full views are also recorded in {@code audit}.
     */
    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle, Supplier<Set<String>> fullViewRoles,
                    AuditTrail audit) {
        this(authenticator, throttle, LOG::warn, fullViewRoles, audit);
    }

    BasicAuthFilter(Supplier<Authenticator> authenticator, LoginThrottle throttle, Consumer<String> warnings,
                    Supplier<Set<String>> fullViewRoles, AuditTrail audit) {
        this.logins = new BasicLogin(authenticator, throttle, warnings, audit);
        this.fullViewRoles = fullViewRoles;
        this.audit = audit;
    }

    /** Uses {@code sessions} for the web dashboard's session cookies. */
    BasicAuthFilter withSessions(WebSessions sessions) {
        this.sessions = sessions;
        return this;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CallerContext.clear(); // a pooled thread: never let a request inherit the last one's caller
        String path = request.getUriInfo().getPath();
        if (OpenPaths.isOpen(request.getMethod(), path)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> sessionToken = SessionCredentials.token(request);
        if (authorization == null && sessionToken.isPresent()) {
            fromSession(request, sessionToken.get());
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
        if (credentials.isEmpty()) {
            refuse(request, null);
            return;
        }
        ApiUser user;
        try {
            user = logins.login(credentials.get(), this::remoteAddress);
        } catch (BasicLogin.Refused e) {
            refuse(request, e.detail);
            return;
        }
        admit(request, user);
    }

    /** A request of the web dashboard: its session cookie, and the session's CSRF token in a header. */
    private void fromSession(ContainerRequestContext request, String token) {
        Optional<WebSessions.Session> session = sessions.find(token, SessionCredentials.activity(request));
        if (session.isEmpty()) {
            refuse(request, SESSION_ENDED);
            return;
        }
        if (!SessionCredentials.csrfExempt(request)
                && !session.get().csrfMatches(request.getHeaderString(SessionCredentials.CSRF_HEADER))) {
            audit.accessRefused(request.getMethod(), request.getUriInfo().getPath());
            request.abortWith(problems.forbidden(instance(request), NO_CSRF));
            return;
        }
        admit(request, session.get().user());
    }

    /** The authenticated user's request goes on, as its {@link Caller} (asking for a full view if it did). */
    private void admit(ContainerRequestContext request, ApiUser user) {
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new ApiSecurityContext(user, original != null && original.isSecure()));
        Caller caller = Caller.of(user.getName(), user.roles(), remoteAddress());
        try {
            caller = unmasking(request, caller);
        } catch (ValidationException e) {
            request.abortWith(problems.toResponse(e, instance(request)));
            return;
        } catch (FullViewRefused e) {
            audit.accessRefused(request.getMethod(), request.getUriInfo().getPath());
            request.abortWith(problems.forbidden(instance(request), NO_FULL_VIEW));
            return;
        }
        CallerContext.bind(caller);
    }

    /**
     * The caller, asking for a full view when the request says {@code unmask=true} with a {@code reason}:
     * any GET of any resource (modules' included) gets this without code of its own. The registry then
     * leaves ID numbers and phones unmasked for a full-view role ({@code fullview.roles}).
     */
    private Caller unmasking(ContainerRequestContext request, Caller caller) {
        MultivaluedMap<String, String> query = queryParameters(request);
        String unmask = query == null ? null : query.getFirst(UNMASK);
        if (unmask == null || unmask.isBlank() || unmask.trim().equals("false")) {
            return caller;
        }
        if (!unmask.trim().equals("true")) {
            throw ValidationException.of(UNMASK, unmask.trim() + " is not true or false");
        }
        String reason = query.getFirst(REASON);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of(REASON, "is required with unmask=true: say why you need ID numbers and"
                    + " phones in full");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw ValidationException.of(REASON, "must be at most " + REASON_MAX + " characters");
        }
        Set<String> allowed = fullViewRoles.get();
        if (caller.roles().stream().noneMatch(allowed::contains)) {
            throw new FullViewRefused();
        }
        // audited with its reason when the response leaves (filter(request, response)), whatever the resource
        return caller.unmasking(reason);
    }

    private static MultivaluedMap<String, String> queryParameters(ContainerRequestContext request) {
        try {
            return request.getUriInfo().getQueryParameters();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String instance(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    /** A role that may not see ID numbers and phones in full asked to. */
    private static final class FullViewRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FullViewRefused() {
            super(NO_FULL_VIEW, null, false, false);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // A full view of ID numbers and phones is audited with its reason, whatever the resource.
        CallerContext.current().flatMap(Caller::unmaskReason).ifPresent(reason ->
                audit.unmasked(request.getMethod(), request.getUriInfo().getPath(), reason, response.getStatus()));
        CallerContext.clear();
        if (OpenPaths.isPrivate(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        // JSON is never to be sniffed as a page, framed, or leak its address to another site
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
    }

    private void refuse(ContainerRequestContext request, String detail) {
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        Response refusal = detail == null ? problems.unauthorized(instance) : problems.unauthorized(instance, detail);
        if (request.getHeaderString(SessionCredentials.WEB_HEADER) != null) {
            // the dashboard signs in with its own form: a Basic challenge would open the browser's dialog
            refusal = Response.fromResponse(refusal).header(HttpHeaders.WWW_AUTHENTICATE, null)
                    .header(HttpHeaders.WWW_AUTHENTICATE, WEB_CHALLENGE).build();
        }
        request.abortWith(refusal);
    }

    /**
     * The peer's address as the servlet container saw it (a reverse proxy's, behind one: forwarded
     * headers are not trusted here, a client can write them). "unknown" outside a servlet request.
     */
    private String remoteAddress() {
        try {
            HttpServletRequest http = servletRequest;
            String address = http == null ? null : http.getRemoteAddr();
            return address == null ? "unknown" : LogText.of(address);
        } catch (RuntimeException e) {
            return "unknown"; // the runtime's proxy has no request on this thread
        }
    }
}
