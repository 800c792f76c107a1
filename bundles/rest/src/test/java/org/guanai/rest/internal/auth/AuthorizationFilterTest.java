package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Public;
import org.guanai.rest.internal.json.GuanaiJson;
import org.guanai.rest.internal.problem.Problem;
import org.junit.Test;

public class AuthorizationFilterTest {
    @Path("api/v1/persons")
    @Allow({"county", "township"})
    public static class PersonResource {
        @GET
        public String list() {
            return "";
        }

        @POST
        @Allow("county")
        public String create(String body) {
            return "";
        }
    }

    @Path("api/v1/foo")
    public static class FooResource {
        @GET
        public String list() {
            return "";
        }
    }

    @Path("api/v1/status")
    @Public
    public static class OpenResource {
        @GET
        public String get() {
            return "";
        }
    }

    private final List<String> warnings = new ArrayList<>();
    private final RecordedAudit audit = new RecordedAudit();
    private final AuthorizationFilter filter = new AuthorizationFilter(warnings::add, new AuditTrail(audit::service));

    @Test
    public void aRefusalIsAuditedWithMethodAndPathAndAPassIsNot() {
        call(PersonResource.class, "create", "POST", ApiUsers.in("county"));
        assertTrue(audit.events.isEmpty());
        call(PersonResource.class, "create", "POST", ApiUsers.in("health"));
        assertEquals(1, audit.events.size());
        org.guanai.registry.api.audit.AuditEvent refused = audit.events.get(0);
        assertEquals("access.refused", refused.operation());
        assertEquals(org.guanai.registry.api.audit.AuditOutcome.REFUSED, refused.outcome());
        assertEquals("POST /api/v1/persons", refused.detail());
        assertEquals("person", refused.recordType());
    }

    @Test
    public void runsAfterMatchingAsAuthorization() {
        assertFalse(AuthorizationFilter.class.isAnnotationPresent(PreMatching.class));
        assertEquals(Priorities.AUTHORIZATION, AuthorizationFilter.class.getAnnotation(Priority.class).value());
    }

    @Test
    public void allowedRolesAndAdminPass() {
        assertNull(call(PersonResource.class, "list", "POST", ApiUsers.in("township")).aborted);
        assertNull(call(PersonResource.class, "create", "POST", ApiUsers.in("county")).aborted);
        assertNull(call(PersonResource.class, "create", "POST", ApiUsers.in("admin")).aborted);
        assertNull(call(OpenResource.class, "get", "GET", null).aborted);
        assertTrue(warnings.isEmpty());
    }

    @Test
    public void anotherRoleGets403ProblemNamingNoRole() {
        Request r = call(PersonResource.class, "create", "POST", ApiUsers.in("township", "health"));
        assertEquals(403, r.aborted.getStatus());
        assertEquals("application/problem+json", String.valueOf(r.aborted.getMetadata().getFirst("Content-Type")));
        Problem p = (Problem) r.aborted.getEntity();
        assertEquals("https://guanai.org/problems/forbidden", p.type);
        assertEquals("您的角色不允许此操作", p.detail);
        assertEquals("/api/v1/persons", p.instance);
        String body = GuanaiJson.create().valueToTree(p).toString();
        for (String leak : new String[] {"county", "township", "admin", "Allow", "PersonResource"}) {
            assertFalse(leak + " in " + body, body.contains(leak));
        }
        assertTrue("a role refusal is no configuration error", warnings.isEmpty());
    }

    @Test
    public void aMethodWithoutRuleIsRefusedToEveryoneAndLogged() {
        for (SecurityContext who : new SecurityContext[] {ApiUsers.in("admin"), ApiUsers.in("county", "admin"), null}) {
            Request r = call(FooResource.class, "list", "GET", who);
            assertEquals(403, r.aborted.getStatus());
            JsonNode body = GuanaiJson.create().valueToTree(r.aborted.getEntity());
            assertEquals("https://guanai.org/problems/forbidden", body.get("type").asText());
            assertEquals("您的角色不允许此操作", body.get("detail").asText());
        }
        assertEquals(3, warnings.size());
        assertEquals("refused: GET api/v1/foo has no @Allow/@Public rule (" + FooResource.class.getName() + ".list)",
                warnings.get(0));
    }

    @Test
    public void noMatchedMethodIsRefused() {
        Request r = new Request("GET", "api/v1/foo", ApiUsers.in("admin"));
        filter.resourceInfo = resourceInfo(null, null);
        filter.filter(r.context());
        assertEquals(403, r.aborted.getStatus());
        assertTrue(warnings.get(0), warnings.get(0).contains("has no @Allow/@Public rule"));

        Request broken = new Request("GET", "api/v1/foo", ApiUsers.in("admin"));
        filter.resourceInfo = (ResourceInfo) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ResourceInfo.class}, (proxy, m, args) -> {
                throw new IllegalStateException("no request on this thread");
            });
        filter.filter(broken.context());
        assertEquals(403, broken.aborted.getStatus());
    }

    @Test
    public void aRoleRuleNeedsAnAuthenticatedUser() {
        assertEquals(403, call(PersonResource.class, "list", "GET", null).aborted.getStatus());
    }

    private Request call(Class<?> resource, String method, String httpMethod, SecurityContext security) {
        Method m = null;
        for (Method candidate : resource.getMethods()) {
            if (candidate.getName().equals(method)) {
                m = candidate;
            }
        }
        filter.resourceInfo = resourceInfo(resource, m);
        Request r = new Request(httpMethod, resource.getAnnotation(Path.class).value(), security);
        filter.filter(r.context());
        return r;
    }

    private static ResourceInfo resourceInfo(Class<?> type, Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    /** Users as the authentication filter leaves them. */
    static final class ApiUsers {
        static SecurityContext in(String... roles) {
            return new ApiSecurityContext(new ApiUser("lina", Set.of(roles)), false);
        }
    }

    private static final class Request {
        final String method;
        final String path;
        final SecurityContext security;
        Response aborted;

        Request(String method, String path, SecurityContext security) {
            this.method = method;
            this.path = path;
            this.security = security;
        }

        ContainerRequestContext context() {
            UriInfo uriInfo = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {UriInfo.class}, (proxy, m, args) -> Map.<String, Object>of("getPath", path,
                            "getRequestUri", URI.create("http://localhost:8181/" + path)).get(m.getName()));
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "getMethod":
                            return method;
                        case "getUriInfo":
                            return uriInfo;
                        case "getSecurityContext":
                            return security;
                        case "abortWith":
                            aborted = (Response) args[0];
                            return null;
                        default:
                            return null;
                    }
                });
        }
    }
}
