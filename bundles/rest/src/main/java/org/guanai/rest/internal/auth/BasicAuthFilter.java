package org.guanai.rest.internal.auth;

import java.util.Optional;
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

import org.guanai.registry.api.Message;
import org.guanai.rest.internal.RestText;
import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.internal.LogText;
import org.guanai.rest.internal.OpenPaths;
import org.guanai.rest.internal.problem.Problems;

/**
 * Who makes each request, for every request but the two open documents, before any resource is matched (so
 * unknown paths reveal nothing either): HTTP Basic against a JAAS realm ({@link BasicLogin}), or the web dashboard's
 * session cookie with its CSRF header ({@link SessionCredentials}). The caller goes on as its {@link Caller}, asking
 * for a full view of ID numbers and phones where the request says so. It also marks every response under
 * {@code api/v1} {@code Cache-Control: no-store}: they carry personal data. Registered by {@link AuthExtension}, the
 * extension every resource selects, so neither can be missing while a resource is served.
 *
 * <p>Failed logins are the realm's business: the karaf realm is guarded (bundle guanai-login) with one
 * lockout for REST, the SSH console and JMX, and audits every failure with where it came from (this filter
 * tells it the client's address). A name it has locked is refused before its password is checked; the answer
 * then says so, whether the password was right or not, and the realm makes {@link Authenticator} forget the
 * name's remembered success at once.
 *
 * <p>Audit ({@link AuditTrail}): a response to a caller who asked for a full view ({@link Caller#unmaskReason()})
 * leaves a {@code <record type>.unmask} row with the reason, one per record it showed; a refused full view an
 * {@code access.refused} row with the caller.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Query parameters of any request that asks to see ID numbers and phones in full, and why. */
    public static final String UNMASK = "unmask";
    public static final String REASON = "reason";
    /** The longest reason a full view takes, as the registry's rule (VisibilityImpl) has it; for the OpenAPI document. */
    public static final int REASON_MAX = 500;
    /** While the registry (which decides full views) is not running, nobody gets one. */
    static final Message NO_FULL_VIEW_NOW = RestText.message("auth.noFullViewNow");
    /** Refuses every full view: for tests that do not ask for one, and while no registry decides. */
    static final FullViews NO_FULL_VIEWS = (caller, reason) -> {
        throw new AccessRefusedException(NO_FULL_VIEW_NOW);
    };

    private final Problems problems = new Problems();
    private final BasicLogin logins;
    private final FullViews fullViews;
    static final Message SESSION_ENDED = RestText.message("auth.sessionEnded");
    static final String WEB_CHALLENGE = "GuanaiSession realm=\"guanai\"";
    static final Message NO_CSRF = RestText.message("auth.noCsrf");
    private final AuditTrail audit;
    /** The web dashboard's sign-in sessions; none in tests that are not about them. */
    private volatile WebSessions sessions = new WebSessions();

    /** The request as the servlet container has it, for the client's address; a per-request proxy. */
    @Context
    HttpServletRequest servletRequest;

    /** For tests: any login instead of JAAS, no full views, no audit. */
    BasicAuthFilter(Authenticator authenticator) {
        this(() -> authenticator, NO_FULL_VIEWS, AuditTrail.NONE);
    }

    /**
     * As the extension makes it: {@code authenticator} is asked per request (configuration may replace it);
     * {@code fullViews} (the registry's rule for a full view of ID numbers and phones) decides each request that
     * asks; full views and refused ones are recorded in {@code audit}.
     */
    BasicAuthFilter(Supplier<Authenticator> authenticator, FullViews fullViews, AuditTrail audit) {
        this.logins = new BasicLogin(authenticator);
        this.fullViews = fullViews;
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
        String path = OpenPaths.of(request);
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
            audit.accessRefused(request.getMethod(), OpenPaths.of(request), "without the session's CSRF token");
            request.abortWith(problems.forbidden(instance(request), NO_CSRF, RestText.language(request)));
            return;
        }
        admit(request, session.get().user());
    }

    /** The authenticated user's request goes on, as its {@link Caller} (asking for a full view if it did). */
    private void admit(ContainerRequestContext request, ApiUser user) {
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new ApiSecurityContext(user, original != null && original.isSecure()));
        Caller caller = Caller.of(user.getName(), user.roles(), Caller.origin(Caller.REST, remoteAddress()));
        try {
            caller = unmasking(request, caller);
        } catch (ValidationException e) {
            request.abortWith(problems.toResponse(e, instance(request), RestText.language(request)));
            return;
        } catch (AccessRefusedException e) {
            // recorded as the caller who tried, from where they tried (issue 9: it was "system")
            CallerContext.runAs(caller, () -> audit.accessRefused(request.getMethod(), OpenPaths.of(request),
                    "asked to see ID numbers and phones in full"));
            request.abortWith(problems.toResponse(e, instance(request), RestText.language(request)));
            return;
        }
        CallerContext.bind(caller);
    }

    /**
     * The caller, asking for a full view when the request says {@code unmask=true} with a {@code reason}:
     * any GET of any resource (modules' included) gets this without code of its own. This is the one place REST
     * reads {@code unmask} and {@code reason}; whether the caller may is the registry's rule ({@link FullViews}).
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
        // audited with its reason when the response leaves (filter(request, response)), whatever the resource
        return fullViews.unmasking(caller, query.getFirst(REASON));
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

    /**
     * Who may see ID numbers and phones in full: the registry's {@code Visibility.unmasking}. Returns the caller
     * asking for a full view, or throws {@link ValidationException} (no reason) or {@link AccessRefusedException}.
     */
    @FunctionalInterface
    interface FullViews {
        Caller unmasking(Caller caller, String reason);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // A full view of ID numbers and phones is audited with its reason, whatever the resource.
        CallerContext.current().flatMap(Caller::unmaskReason).ifPresent(reason ->
                audit.unmasked(request.getMethod(), OpenPaths.of(request), reason, response.getStatus(),
                        response.getEntity()));
        CallerContext.clear();
        if (OpenPaths.isPrivate(OpenPaths.of(request))) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private void refuse(ContainerRequestContext request, Message detail) {
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        Response refusal = problems.unauthorized(instance, detail, RestText.language(request));
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
