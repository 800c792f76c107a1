package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.internal.problem.Problem;
import org.junit.After;
import org.junit.Test;

/** {@code ?unmask=true&reason=…} on any request: the caller asks for a full view, if their role may. */
public class UnmaskRequestTest {
    private final Authenticator authenticator = new Authenticator((user, pw) -> Optional.of(new ApiUser(user,
            user.equals("clerk") ? Set.of("county") : Set.of("health"))), System::nanoTime);
    static final String REFUSED = "your role may not see ID numbers and phones in full";
    /** Stands for the registry's rule (Visibility.unmasking, tested with the registry): county staff, with a reason. */
    private static final BasicAuthFilter.FullViews RULE = (caller, reason) -> {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "is required");
        }
        if (!caller.hasRole("county")) {
            throw new AccessRefusedException(REFUSED);
        }
        return caller.unmasking(reason);
    };
    private final BasicAuthFilter filter = new BasicAuthFilter(() -> authenticator,
            RULE, AuditTrail.NONE);

    @After
    public void clear() {
        CallerContext.clear();
    }

    @Test
    public void aFullViewRoleWithAReasonIsBoundAsUnmasking() {
        Response aborted = run("clerk", Map.of("unmask", "true", "reason", " 家访核对 "));
        assertNull(aborted);
        assertEquals(Optional.of("家访核对"), CallerContext.current().orElseThrow().unmaskReason());
    }

    @Test
    public void withoutUnmaskOrWithFalseNothingIsAsked() {
        assertNull(run("clerk", Map.of("reason", "x")));
        assertTrue(CallerContext.current().orElseThrow().unmaskReason().isEmpty());
        assertNull(run("clerk", Map.of("unmask", "false")));
        assertTrue(CallerContext.current().orElseThrow().unmaskReason().isEmpty());
    }

    @Test
    public void noReasonIs400NamingReason() {
        for (Map<String, String> query : java.util.List.of(Map.of("unmask", "true"), Map.of("unmask", "true", "reason", "  "))) {
            Response aborted = run("clerk", query);
            assertEquals(400, aborted.getStatus());
            assertEquals("reason", ((Problem) aborted.getEntity()).errors.get(0).field);
            assertTrue(CallerContext.current().isEmpty());
        }
        Response bad = run("clerk", Map.of("unmask", "yes", "reason", "x"));
        assertEquals(400, bad.getStatus());
        assertEquals("unmask", ((Problem) bad.getEntity()).errors.get(0).field);
    }

    @Test
    public void aRoleThatMayNotSeeFullValuesIs403() {
        Response aborted = run("nurse", Map.of("unmask", "true", "reason", "check"));
        assertEquals(403, aborted.getStatus());
        assertEquals(REFUSED, ((Problem) aborted.getEntity()).detail);
        assertTrue(CallerContext.current().isEmpty());
    }

    private Response run(String user, Map<String, String> query) {
        Response[] aborted = new Response[1];
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        query.forEach(params::add);
        UriInfo uriInfo = stub(UriInfo.class, Map.of("getPath", "api/v1/persons/1", "getQueryParameters", params,
                "getRequestUri", URI.create("http://localhost:8181/api/v1/persons/1")));
        Map<String, Object> answers = new HashMap<>();
        answers.put("getMethod", "GET");
        answers.put("getUriInfo", uriInfo);
        String authorization = "Basic " + AuthenticatorTest.base64(user + ":pw");
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> {
                switch (m.getName()) {
                    case "getHeaderString":
                        return "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "abortWith":
                        aborted[0] = (Response) args[0];
                        return null;
                    case "setSecurityContext":
                        return null;
                    default:
                        return answers.get(m.getName());
                }
            });
        filter.filter(request);
        return aborted[0];
    }

    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(UnmaskRequestTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answers.get(m.getName())));
    }
}
