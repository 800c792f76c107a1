package org.guanai.testing;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.RuntimeDelegate;

import org.apache.cxf.jaxrs.impl.RuntimeDelegateImpl;

/** JAX-RS context for resource unit tests: CXF's RuntimeDelegate, request headers, roles, a base URI. */
public final class Http {
    public static final String BASE = "http://localhost:8181/";

    static {
        // Set explicitly: the Aries API jar's finder needs an OSGi locator that is not on a plain classpath.
        RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
    }

    private Http() {
    }

    /** Loads the RuntimeDelegate; call from a test class's static initializer or @BeforeClass. */
    public static void init() {
    }

    /** Request headers with the given If-Match (null for none). */
    public static HttpHeaders ifMatch(String value) {
        return (HttpHeaders) Proxy.newProxyInstance(Http.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return HttpHeaders.IF_MATCH.equalsIgnoreCase((String) args[0]) ? value : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public static HttpHeaders noHeaders() {
        return ifMatch(null);
    }

    /** The authenticated caller, in the given roles only. */
    public static SecurityContext roles(String... roles) {
        Set<String> granted = Set.of(roles);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> "tester";
            }

            @Override
            public boolean isUserInRole(String role) {
                return granted.contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        };
    }

    /** UriInfo of an application served at {@link #BASE}: the registry's, the whiteboard's default. */
    public static UriInfo uriInfo() {
        return uriInfo("");
    }

    /** UriInfo of a module's application served at {@link #BASE} + {@code base}, e.g. {@code api/v1/health/}. */
    public static UriInfo uriInfo(String base) {
        String root = BASE + base;
        return (UriInfo) Proxy.newProxyInstance(Http.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getBaseUri":
                            return URI.create(root);
                        case "getBaseUriBuilder":
                            return UriBuilder.fromUri(root);
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    /** The single field error of a rejected request. */
    public static org.guanai.registry.api.FieldError fieldError(org.guanai.registry.api.ValidationException e) {
        org.junit.Assert.assertEquals(1, e.errors().size());
        return e.errors().get(0);
    }
}
