package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.junit.After;
import org.junit.Test;

/** What the authentication filter leaves in the audit trail, and that it works on without one. */
public class AuditTrailTest {
    private final RecordedAudit audit = new RecordedAudit();
    private final BasicAuthFilter filter = filter(new AuditTrail(audit::service));

    private static BasicAuthFilter filter(AuditTrail trail) {
        Authenticator authenticator = new Authenticator(
                (user, pw) -> "lina".equals(user) && "pw".equals(pw)
                        ? Optional.of(new ApiUser("lina", Set.of("county"))) : Optional.empty(),
                System::nanoTime);
        return new BasicAuthFilter(() -> authenticator,
                new LoginThrottle(LoginThrottle.Settings.minutes(2, 15, 15), System::nanoTime), w -> { }, trail);
    }

    @After
    public void unbind() {
        CallerContext.clear();
    }

    @Test
    public void aFailedLoginIsRecordedWithTheNameTriedAndALockedOneToo() {
        filter.filter(request("GET", "api/v1/persons", "mallory:guess1"));
        filter.filter(request("GET", "api/v1/persons", "mallory:guess2"));
        filter.filter(request("GET", "api/v1/persons", "mallory:guess3"));

        assertEquals(3, audit.events.size());
        AuditEvent first = audit.events.get(0);
        assertEquals("login.failed", first.operation());
        assertEquals("mallory", first.user());
        assertTrue(first.roles().isEmpty());
        assertEquals("unknown", first.origin()); // no servlet request in a unit test
        assertEquals(AuditOutcome.FAILED, first.outcome());
        assertEquals("wrong user name or password", first.detail());
        assertTrue(audit.events.get(1).detail(), audit.events.get(1).detail().contains("now locked"));
        assertEquals("locked after repeated failed logins", audit.events.get(2).detail());
    }

    @Test
    public void aGoodLoginAndAMaskedResponseLeaveNoRow() {
        filter.filter(request("GET", "api/v1/persons/3", "lina:pw"));
        filter.filter(request("GET", "api/v1/persons/3", null), response(200));
        assertTrue(audit.events.isEmpty());
    }

    @Test
    public void aFullViewIsRecordedWithItsReasonAndRecord() {
        filter.filter(request("GET", "api/v1/persons/3", "lina:pw"));
        // the `sec` branch turns unmask=true&reason=… into this
        CallerContext.bind(CallerContext.current().orElseThrow().unmasking("家访核对"));
        filter.filter(request("GET", "api/v1/persons/3", null), response(200));

        AuditEvent event = audit.events.get(0);
        assertEquals("person.unmask", event.operation());
        assertEquals("person", event.recordType());
        assertEquals("3", event.recordId());
        assertEquals("lina", event.user());
        assertEquals("GET /api/v1/persons/3 (200): 家访核对", event.detail());
        assertTrue(CallerContext.current().isEmpty());
    }

    @Test
    public void withoutAnAuditServiceTheFiltersWorkOn() {
        BasicAuthFilter unaudited = filter(new AuditTrail(() -> null));
        ContainerRequestContext wrong = request("GET", "api/v1/persons", "mallory:guess");
        unaudited.filter(wrong);
        assertEquals(401, aborted(wrong));
    }

    @Test
    public void aFailingTrailDoesNotTurnA401IntoA500() {
        BasicAuthFilter failing = filter(new AuditTrail(() -> RecordedAudit.recording(event -> {
            throw new IllegalStateException("database down");
        })));
        ContainerRequestContext wrong = request("GET", "api/v1/persons", "mallory:guess");
        failing.filter(wrong);
        assertEquals(401, aborted(wrong));
    }

    @Test
    public void pathsNameTheirRecord() {
        assertTarget("api/v1/persons/12/timeline", "person", "12");
        assertTarget("/api/v1/households", "household", null);
        assertTarget("api/v1/exports/roster", "export", null);
        assertTarget("api/v1/health/checks/4", "health", null);
        assertTarget("system/console", null, null);
    }

    private static void assertTarget(String path, String type, String id) {
        AuditTrail.Target t = AuditTrail.Target.of(path);
        assertEquals(path, type, t.type);
        assertEquals(path, id, t.id);
    }

    // --- just enough JAX-RS

    private final Map<ContainerRequestContext, Integer> aborts = new java.util.HashMap<>();

    private int aborted(ContainerRequestContext request) {
        Integer status = aborts.get(request);
        assertTrue("not aborted", status != null);
        return status;
    }

    private ContainerRequestContext request(String method, String path, String credentials) {
        String authorization = credentials == null ? null
                : "Basic " + AuthenticatorTest.base64(credentials);
        UriInfo uriInfo = stub(UriInfo.class, Map.of("getPath", path,
                "getRequestUri", URI.create("http://localhost:8181/" + path)));
        ContainerRequestContext[] self = new ContainerRequestContext[1];
        self[0] = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "getHeaderString":
                            return "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                        case "getMethod":
                            return method;
                        case "getUriInfo":
                            return uriInfo;
                        case "abortWith":
                            aborts.put(self[0], ((javax.ws.rs.core.Response) args[0]).getStatus());
                            return null;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return null;
                    }
                });
        return self[0];
    }

    private static ContainerResponseContext response(int status) {
        return stub(ContainerResponseContext.class, Map.of("getHeaders", new MultivaluedHashMap<String, Object>(),
                "getStatus", status));
    }

    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(AuditTrailTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answers.get(m.getName())));
    }
}
