package org.guanai.rest.internal.auth;

import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;

import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.Visibility;
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
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The {@code guanai.auth} extension every resource selects: authentication before matching
 * ({@link BasicAuthFilter}, with {@code no-store}) and authorization after it ({@link AuthorizationFilter}).
 * The lockout after failed logins is the realm's (guanai-login), shared with the SSH console.
 * One JAX-RS {@link Feature}, because the whiteboard takes one extension per name and a filter class is
 * either pre-matching or not: as a Feature, the two filters come and go together, so no resource is ever
 * served with one and not the other.
 *
 * <p>Each time the runtime (re)builds an application it gets fresh filter instances (for their
 * per-request {@code @Context} proxies) sharing this component's authenticator and its remembered logins.
 */
@Component(service = Feature.class, configurationPid = AuthExtension.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AuthExtension.Config.class)
@JaxrsExtension
@JaxrsApplicationSelect(GuanaiRest.SELECT_APPLICATIONS)
@JaxrsName(GuanaiRest.AUTH_EXTENSION)
@JaxrsExtensionSelect(GuanaiRest.SELECT_JSON)
public class AuthExtension implements Feature {
    static final String PID = "org.guanai.rest";

    @ObjectClassDefinition(name = "Guanai REST", description = "Authentication of the Guanai REST API")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks the HTTP Basic credentials (karaf: the guarded"
                + " realm, with the lockout of org.guanai.login)")
        String realm() default "karaf";
    }


    private volatile Authenticator authenticator;
    private final Runnable forgetLogins = () -> {
        Authenticator current = authenticator;
        if (current != null) {
            current.forgetAll();
        }
    };

    /** The registry's rule for full views. Optional: the REST support runs without a registry (then no full view). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Visibility visibility;

    /**
     * A changed role or division, or a name the realm has just locked, must bite on the next request, not after
     * the login cache's minute.
     */
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
     * makes the whiteboard rebuild every application. Greedy, so a trail that appears later is used at once.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditService audit;

    @Activate
    @Modified
    void configureLogins(Config config) {
        authenticator = new Authenticator(new JaasLogin(config.realm()), System::nanoTime);
    }

    @Override
    public boolean configure(FeatureContext context) {
        AuditTrail trail = new AuditTrail(() -> audit);
        context.register(new BasicAuthFilter(() -> authenticator, this::unmasking, trail));
        context.register(new AuthorizationFilter(trail));
        return true;
    }

    Caller unmasking(Caller caller, String reason) {
        Visibility current = visibility;
        return current == null ? BasicAuthFilter.NO_FULL_VIEWS.unmasking(caller, reason)
                : current.unmasking(caller, reason);
    }
}
