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
import javax.ws.rs.core.SecurityContext;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.internal.LogText;
import org.guanai.rest.internal.OpenPaths;
import org.guanai.rest.internal.problem.Problems;

/**
 * HTTP Basic against a JAAS realm for every request but the two open documents, before any
 * resource is matched (so unknown paths reveal nothing either). It also marks every response under
 * {@code api/v1} {@code Cache-Control: no-store}: they carry personal data. Registered by
 * {@link AuthExtension}, the extension every resource selects, so neither can be missing while a
 * resource is served.
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
    static final String LOCKED = "too many failed logins; try again later";
    /** Query parameters of any request that asks to see ID numbers and phones in full, and why. */
    public static final String UNMASK = "unmask";
    public static final String REASON = "reason";
    /** While the registry (which decides full views) is not running, nobody gets one. */
    static final String NO_FULL_VIEW_NOW = "ID numbers and phones cannot be shown in full now: the registry is not running";
    /** Refuses every full view: for tests that do not ask for one, and while no registry decides. */
    static final FullViews NO_FULL_VIEWS = (caller, reason) -> {
        throw new AccessRefusedException(NO_FULL_VIEW_NOW);
    };

    private final Problems problems = new Problems();
    private final Supplier<Authenticator> authenticator;
    private final FullViews fullViews;
    private final AuditTrail audit;

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
        this.authenticator = authenticator;
        this.fullViews = fullViews;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CallerContext.clear(); // a pooled thread: never let a request inherit the last one's caller
        String path = OpenPaths.of(request);
        if (OpenPaths.isOpen(request.getMethod(), path)) {
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            refuse(request, null);
            return;
        }
        String address = remoteAddress();
        Optional<ApiUser> user;
        try {
            user = authenticator.get().authenticate(credentials.get().user, credentials.get().password, address);
        } catch (Authenticator.LockedOutException e) {
            refuse(request, LOCKED);
            return;
        }
        if (user.isEmpty()) {
            refuse(request, null);
            return;
        }
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new ApiSecurityContext(user.get(), original != null && original.isSecure()));
        Caller caller = Caller.of(user.get().getName(), user.get().roles(), Caller.origin(Caller.REST, address));
        try {
            caller = unmasking(request, caller);
        } catch (ValidationException e) {
            request.abortWith(problems.toResponse(e, instance(request)));
            return;
        } catch (AccessRefusedException e) {
            // recorded as the caller who tried, from where they tried (issue 9: it was "system")
            CallerContext.runAs(caller, () -> audit.accessRefused(request.getMethod(), OpenPaths.of(request),
                    "asked to see ID numbers and phones in full"));
            request.abortWith(problems.forbidden(instance(request), e.getMessage()));
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

    private void refuse(ContainerRequestContext request, String detail) {
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        request.abortWith(detail == null ? problems.unauthorized(instance) : problems.unauthorized(instance, detail));
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
