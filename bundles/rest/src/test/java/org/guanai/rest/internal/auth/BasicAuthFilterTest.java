package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.internal.problem.Problem;
import org.junit.Test;

public class BasicAuthFilterTest {
    private final BasicAuthFilter filter = new BasicAuthFilter(new Authenticator(
            (user, pw) -> "lina".equals(user) && "pw".equals(pw)
                    ? Optional.of(new ApiUser("lina", Set.of("registrar", "viewer"))) : Optional.empty(),
            System::nanoTime));

    @Test
    public void healthAndOpenApiNeedNoCredentials() {
        for (String path : new String[] {"api/v1/status", "/api/v1/status", "api/v1/openapi.json"}) {
            for (String method : new String[] {"GET", "HEAD"}) { // HEAD: a load balancer's probe
                Request r = new Request(method, path, null);
                filter.filter(r.context());
                assertNull(method + " " + path, r.aborted);
            }
        }
    }

    @Test
    public void everythingElseWithoutCredentialsIs401() {
        String[][] requests = {{"GET", "api/v1/persons"}, {"POST", "api/v1/status"}, {"GET", "api/v1/status/"},
            {"GET", "api/v1/status;x=1"}, {"GET", "api/v1/nowhere"}, {"GET", ""}, {"OPTIONS", "api/v1/openapi.json"},
            {"HEAD", "api/v1/persons"}};
        for (String[] request : requests) {
            Request r = new Request(request[0], request[1], null);
            filter.filter(r.context());
            assertEquals(request[0] + " " + request[1], 401, r.aborted.getStatus());
            assertEquals("Basic realm=\"Guanai\"", r.aborted.getMetadata().getFirst("WWW-Authenticate"));
            assertEquals("https://guanai.org/problems/unauthorized", ((Problem) r.aborted.getEntity()).type);
        }
    }

    @Test
    public void wrongPasswordIs401() {
        Request r = new Request("GET", "api/v1/persons", "Basic " + AuthenticatorTest.base64("lina:wrong"));
        filter.filter(r.context());
        assertEquals(401, r.aborted.getStatus());
        assertNull(r.security);
    }

    @Test
    public void validCredentialsSetTheUserAndRoles() {
        Request r = new Request("GET", "api/v1/persons", "Basic " + AuthenticatorTest.base64("lina:pw"));
        filter.filter(r.context());
        assertNull(r.aborted);
        assertEquals("lina", r.security.getUserPrincipal().getName());
        assertTrue(r.security.isUserInRole("registrar"));
        assertFalse(r.security.isUserInRole("admin"));
        assertEquals(SecurityContext.BASIC_AUTH, r.security.getAuthenticationScheme());
    }

    @Test
    public void theRequestRunsAsItsCallerAndTheNextRequestStartsWithNone() {
        Request r = new Request("GET", "api/v1/persons", "Basic " + AuthenticatorTest.base64("lina:pw"));
        filter.filter(r.context());
        Caller caller = CallerContext.current().orElseThrow();
        assertEquals("lina", caller.user());
        assertEquals(Set.of("registrar", "viewer"), caller.roles());
        assertTrue(caller.unmaskReason().isEmpty());

        responseHeaders("api/v1/persons");
        assertTrue(CallerContext.current().isEmpty());

        // a request on the same (pooled) thread whose response filter never ran must not inherit the caller
        filter.filter(r.context());
        filter.filter(new Request("GET", "api/v1/persons", "Basic " + AuthenticatorTest.base64("lina:wrong")).context());
        assertTrue(CallerContext.current().isEmpty());
    }

    @Test
    public void apiResponsesAreNotCachedButTheOpenDocumentsMayBe() {
        assertEquals("no-store", responseHeaders("api/v1/persons/3").getFirst("Cache-Control"));
        assertEquals("no-store", responseHeaders("/api/v1/stats").getFirst("Cache-Control"));
        assertNull(responseHeaders("api/v1/status").getFirst("Cache-Control"));
        assertNull(responseHeaders("api/v1/openapi.json").getFirst("Cache-Control"));
        assertNull(responseHeaders("system/console").getFirst("Cache-Control"));
    }

    private MultivaluedMap<String, Object> responseHeaders(String path) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ContainerResponseContext response = stub(ContainerResponseContext.class, Map.of("getHeaders", headers));
        filter.filter(new Request("GET", path, null).context(), response);
        return headers;
    }

    /** Just enough of a JAX-RS request for the filter. */
    private static final class Request {
        final String method;
        final String path;
        final String authorization;
        Response aborted;
        SecurityContext security;

        Request(String method, String path, String authorization) {
            this.method = method;
            this.path = path;
            this.authorization = authorization;
        }

        ContainerRequestContext context() {
            UriInfo uriInfo = stub(UriInfo.class, Map.of("getPath", path,
                    "getRequestUri", URI.create("http://localhost:8181/" + path.replaceFirst("^/", ""))));
            Map<String, Object> answers = new HashMap<>();
            answers.put("getMethod", method);
            answers.put("getUriInfo", uriInfo);
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "getHeaderString":
                            return "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                        case "abortWith":
                            aborted = (Response) args[0];
                            return null;
                        case "setSecurityContext":
                            security = (SecurityContext) args[0];
                            return null;
                        default:
                            return answers.get(m.getName());
                    }
                });
        }
    }

    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(BasicAuthFilterTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answers.get(m.getName())));
    }
}
