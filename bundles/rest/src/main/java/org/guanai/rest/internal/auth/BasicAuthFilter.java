package org.guanai.rest.internal.auth;

import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.internal.OpenPaths;
import org.guanai.rest.internal.problem.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * HTTP Basic against a JAAS realm for every request but the two open documents, before any
 * resource is matched (so unknown paths reveal nothing either). It also marks every response
 * under {@code api/v1} {@code Cache-Control: no-store}: they carry personal data. Both live here
 * because resources select this extension, so neither can be missing while a resource is served.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class},
        configurationPid = BasicAuthFilter.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BasicAuthFilter.Config.class)
@JaxrsExtension
@JaxrsName(GuanaiRest.AUTH_EXTENSION)
@JaxrsExtensionSelect(GuanaiRest.SELECT_JSON)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String PID = "org.guanai.rest";

    @ObjectClassDefinition(name = "Guanai REST", description = "Authentication of the Guanai REST API")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks the HTTP Basic credentials")
        String realm() default "karaf";
    }

    private final Problems problems = new Problems();
    private volatile Authenticator authenticator;

    public BasicAuthFilter() {
    }

    /** For tests: any login instead of JAAS. */
    BasicAuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Activate
    @Modified
    void configure(Config config) {
        authenticator = new Authenticator(new JaasLogin(config.realm()), System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (OpenPaths.isOpen(request.getMethod(), path)) {
            return;
        }
        Optional<ApiUser> user = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(c -> authenticator.authenticate(c.user, c.password));
        if (user.isEmpty()) {
            request.abortWith(problems.unauthorized(request.getUriInfo().getRequestUri().getRawPath()));
            return;
        }
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new ApiSecurityContext(user.get(), original != null && original.isSecure()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (OpenPaths.isPrivate(request.getUriInfo().getPath())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
