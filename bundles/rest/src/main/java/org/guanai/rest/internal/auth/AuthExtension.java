package org.guanai.rest.internal.auth;

import java.util.Set;

import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code guanai.auth} extension every resource selects: authentication before matching
 * ({@link BasicAuthFilter}, with the login lockout and {@code no-store}) and authorization after
 * it ({@link AuthorizationFilter}). One JAX-RS {@link Feature}, because the whiteboard takes one
 * extension per name and a filter class is either pre-matching or not: as a Feature, the two
 * filters come and go together, so no resource is ever served with one and not the other.
 *
 * <p>Each time the runtime (re)builds an application it gets fresh filter instances (for their
 * per-request {@code @Context} proxies) sharing this component's authenticator and lockout state.
 */
@Component(service = Feature.class, configurationPid = AuthExtension.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AuthExtension.Config.class)
@JaxrsExtension
@JaxrsName(GuanaiRest.AUTH_EXTENSION)
@JaxrsExtensionSelect(GuanaiRest.SELECT_JSON)
public class AuthExtension implements Feature {
    static final String PID = "org.guanai.rest";
    static final int MAX_FAILURES = 100;
    static final long MAX_MINUTES = 7 * 24 * 60;
    private static final Logger LOG = LoggerFactory.getLogger(AuthExtension.class);

    @ObjectClassDefinition(name = "Guanai REST", description = "Authentication of the Guanai REST API")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks the HTTP Basic credentials")
        String realm() default "karaf";

        @AttributeDefinition(name = "Failed logins before lockout",
                description = "This many failed logins of one user name within the window lock it (1-100)")
        int lockout_failures() default 5;

        @AttributeDefinition(name = "Lockout window (minutes)",
                description = "The period in which failed logins are counted")
        long lockout_window_minutes() default 15;

        @AttributeDefinition(name = "Lockout (minutes)",
                description = "How long a locked user name is refused, even with the right password")
        long lockout_minutes() default 15;
    }

    /** Who may ask for a full view while the registry (which is configured with fullview.roles) is not running. */
    static final Set<String> DEFAULT_FULL_VIEW = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP);

    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Settings.DEFAULT, System::nanoTime);
    private volatile Authenticator authenticator;
    private final Runnable forgetLogins = () -> {
        Authenticator current = authenticator;
        if (current != null) {
            current.forgetAll();
        }
    };

    /** The registry's user access: its full-view roles. Optional: the REST support runs without a registry. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile UserAccessService access;

    /** A changed role or division must bite on the next request, not after the login cache's minute. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAccessChanges(AccessChanges changes) {
        changes.subscribe(forgetLogins);
    }

    void unbindAccessChanges(AccessChanges changes) {
        changes.unsubscribe(forgetLogins);
    }

    /**
     * The audit trail, when the registry provides one. Optional and dynamic on purpose: the REST layer (with
     * the status probe and the OpenAPI document) serves without the registry, and a registry that restarts
     * or is updated must not take this component with it: a static reference would deactivate it, which
     * makes the whiteboard rebuild every application and, worse, forget the lockout counters held here (a
     * restart would unlock a name being guessed). Greedy, so a trail that appears later is used at once.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditService audit;

    /** The web dashboard's sign-in sessions (same bundle: always there). */
    @Reference
    WebSessions sessions;

    @Activate
    @Modified
    void configureLogins(Config config) {
        throttle.configure(lockout(config));
        authenticator = new Authenticator(new JaasLogin(config.realm()), System::nanoTime);
    }

    @Override
    public boolean configure(FeatureContext context) {
        AuditTrail trail = new AuditTrail(() -> audit);
        context.register(new BasicAuthFilter(() -> authenticator, throttle, this::fullViewRoles, trail).withSessions(sessions));
        context.register(new AuthorizationFilter(trail));
        return true;
    }

    Set<String> fullViewRoles() {
        UserAccessService current = access;
        return current == null ? DEFAULT_FULL_VIEW : current.fullViewRoles();
    }

    LoginThrottle throttle() {
        return throttle;
    }

    /** The lockout configured; a value out of range falls back to its default (with a warning), never to "off". */
    static LoginThrottle.Settings lockout(Config config) {
        LoginThrottle.Settings d = LoginThrottle.Settings.DEFAULT;
        int failures = config.lockout_failures();
        if (failures < 1 || failures > MAX_FAILURES) {
            LOG.warn("{}: lockout.failures={} is not in 1-{}; using {}", PID, failures, MAX_FAILURES, d.failures);
            failures = d.failures;
        }
        return LoginThrottle.Settings.minutes(failures,
                minutes("lockout.window.minutes", config.lockout_window_minutes(), d.windowMinutes()),
                minutes("lockout.minutes", config.lockout_minutes(), d.lockMinutes()));
    }

    private static long minutes(String key, long value, long fallback) {
        if (value < 1 || value > MAX_MINUTES) {
            LOG.warn("{}: {}={} is not in 1-{}; using {}", PID, key, value, MAX_MINUTES, fallback);
            return fallback;
        }
        return value;
    }
}
