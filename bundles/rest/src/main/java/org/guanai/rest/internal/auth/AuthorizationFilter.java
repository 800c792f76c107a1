package org.guanai.rest.internal.auth;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.guanai.registry.api.Message;
import org.guanai.rest.internal.RestText;
import org.guanai.rest.internal.AccessRule;
import org.guanai.rest.internal.LogText;
import org.guanai.rest.internal.OpenPaths;
import org.guanai.rest.internal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After matching, lets a request reach its resource method only as the method's {@link AccessRule}
 * says: fail closed, so a method without {@code @Allow} or {@code @Public} is refused to everyone
 * (and logged, as the bug it is). Refusals are 403 problem+json whose detail names no role, and leave an
 * {@code access.refused} row in the audit trail.
 */
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {
    static final Message REFUSED = RestText.message("auth.roleRefused");
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFilter.class);

    private final Problems problems = new Problems();
    private final Consumer<String> warnings;
    private final AuditTrail audit;
    /** Rules of the matched methods; a fresh filter is made whenever the runtime rewires, so old classes go. */
    private final Map<Method, Map<Class<?>, AccessRule>> rules = new ConcurrentHashMap<>();

    /** The matched resource class and method; a per-request proxy injected by the JAX-RS runtime. */
    @Context
    ResourceInfo resourceInfo;

    AuthorizationFilter() {
        this(LOG::warn);
    }

    /** As the extension makes it: refusals are also recorded in {@code audit}. */
    AuthorizationFilter(AuditTrail audit) {
        this(LOG::warn, audit);
    }

    AuthorizationFilter(Consumer<String> warnings) {
        this(warnings, AuditTrail.NONE);
    }

    /** Refusals are also recorded in {@code audit} ({@code access.refused}, with method and path). */
    AuthorizationFilter(Consumer<String> warnings, AuditTrail audit) {
        this.warnings = warnings;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> resourceClass = null;
        Method method = null;
        try {
            resourceClass = resourceInfo.getResourceClass();
            method = resourceInfo.getResourceMethod();
        } catch (RuntimeException e) {
            // nothing matched that we can see: no rule, refused below
        }
        AccessRule rule = rule(resourceClass, method);
        SecurityContext security = request.getSecurityContext();
        if (rule.permits(security)) {
            return;
        }
        String what = request.getMethod() + " " + LogText.of(OpenPaths.of(request));
        if (rule.isMissing()) {
            warnings.accept("refused: " + what + " has no @Allow/@Public rule (" + name(resourceClass, method) + ")");
        } else if (LOG.isInfoEnabled()) {
            String user = security == null || security.getUserPrincipal() == null ? "anonymous"
                    : LogText.of(security.getUserPrincipal().getName());
            LOG.info("refused: {} for {}: allowed to {}", what, user, rule.roles());
        }
        audit.accessRefused(request.getMethod(), OpenPaths.of(request));
        request.abortWith(problems.forbidden(request.getUriInfo().getRequestUri().getRawPath(), REFUSED,
                RestText.language(request)));
    }

    private AccessRule rule(Class<?> resourceClass, Method method) {
        if (method == null) {
            return AccessRule.of(resourceClass, null);
        }
        Class<?> type = resourceClass != null ? resourceClass : method.getDeclaringClass();
        return rules.computeIfAbsent(method, m -> new ConcurrentHashMap<>())
                .computeIfAbsent(type, t -> AccessRule.of(t, method));
    }

    private static String name(Class<?> resourceClass, Method method) {
        Class<?> type = resourceClass != null ? resourceClass : method != null ? method.getDeclaringClass() : null;
        return (type == null ? "no resource class" : type.getName()) + "." + (method == null ? "?" : method.getName());
    }
}
