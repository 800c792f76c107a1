package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.AccessRefusedException;
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
        return new BasicAuthFilter(() -> authenticator, fullViewRoles("admin", "county", "township"), trail);
    }

    /** Stands for the registry's rule (Visibility.unmasking, tested with the registry): these roles, with a reason. */
    private static BasicAuthFilter.FullViews fullViewRoles(String... roles) {
        return (caller, reason) -> {
            if (Set.of(roles).stream().noneMatch(caller::hasRole)) {
                throw new AccessRefusedException("your role may not see ID numbers and phones in full");
            }
            return caller.unmasking(reason);
        };
    }

    @After
    public void unbind() {
        CallerContext.clear();
    }

    @Test
    public void aFailedLoginLeavesNoRowHere() {
        // the realm records failed logins (guanai-login), with where they came from, for REST and SSH alike
        filter.filter(request("GET", "api/v1/persons", "mallory:guess1"));
        assertTrue(audit.events.isEmpty());
    }

    @Test
    public void aRefusedFullViewIsRecordedAsTheCallerWhoAskedAndWhereFrom() {
        Authenticator authenticator = new Authenticator((user, pw) -> Optional.of(new ApiUser(user, Set.of("health"))),
                System::nanoTime);
        BasicAuthFilter refusing = new BasicAuthFilter(() -> authenticator, fullViewRoles("admin", "county"),
                new AuditTrail(audit::service));
        ContainerRequestContext asked = request("GET", "api/v1/persons", "wangyi:pw", "unmask=true&reason=看看");
        refusing.filter(asked);

        assertEquals(403, aborted(asked));
        AuditEvent event = audit.events.get(0);
        assertEquals("access.refused", event.operation());
        assertEquals("wangyi", event.user()); // issue 9: it was "system"
        assertEquals(Set.of("health"), event.roles());
        assertEquals("rest unknown", event.origin()); // no servlet request in a unit test
        assertEquals(AuditOutcome.REFUSED, event.outcome());
        assertEquals("GET /api/v1/persons: asked to see ID numbers and phones in full", event.detail());
        assertTrue(CallerContext.current().isEmpty());
    }

    @Test
    public void aListShownInFullLeavesOneRowPerRecord() {
        filter.filter(request("GET", "api/v1/persons", "lina:pw"));
        CallerContext.bind(CallerContext.current().orElseThrow().unmasking("年度核对"));
        PersonRow a = new PersonRow(12);
        PersonRow b = new PersonRow(13);
        filter.filter(request("GET", "api/v1/persons", null), response(200,
                new org.guanai.registry.api.Page<>(List.of(a, b), 2, 0, 50)));

        assertEquals(2, audit.events.size());
        assertEquals(List.of("12", "13"), audit.events.stream().map(AuditEvent::recordId).toList());
        AuditEvent first = audit.events.get(0);
        assertEquals("person.unmask", first.operation());
        assertEquals("person", first.recordType());
        assertEquals("lina", first.user());
        assertEquals("GET /api/v1/persons (200): 年度核对 (one of 2 listed)", first.detail());
    }

    @Test
    public void aListAboutPersonsNamesThemByPersonId() {
        filter.filter(request("GET", "api/v1/health/due", "lina:pw"));
        CallerContext.bind(CallerContext.current().orElseThrow().unmasking("随访"));
        filter.filter(request("GET", "api/v1/health/due", null), response(200,
                new org.guanai.registry.api.Page<>(List.of(new DueRow(7)), 1, 0, 50)));
        assertEquals("person", audit.events.get(0).recordType());
        assertEquals("7", audit.events.get(0).recordId());
    }

    /** A DTO as the registry's: public fields. */
    public static final class PersonRow {
        public Long id;

        PersonRow(long id) {
            this.id = id;
        }
    }

    public static final class DueRow {
        public long personId;

        DueRow(long personId) {
            this.personId = personId;
        }
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
    public void aFailingTrailDoesNotTurnA403IntoA500() {
        Authenticator authenticator = new Authenticator((user, pw) -> Optional.of(new ApiUser(user, Set.of("health"))),
                System::nanoTime);
        BasicAuthFilter failing = new BasicAuthFilter(() -> authenticator, fullViewRoles("admin"),
                new AuditTrail(() -> RecordedAudit.recording(event -> {
                    throw new IllegalStateException("database down");
                })));
        ContainerRequestContext asked = request("GET", "api/v1/persons", "wangyi:pw", "unmask=true&reason=x");
        failing.filter(asked);
        assertEquals(403, aborted(asked));
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
        return request(method, path, credentials, null);
    }

    private ContainerRequestContext request(String method, String path, String credentials, String query) {
        String authorization = credentials == null ? null
                : "Basic " + AuthenticatorTest.base64(credentials);
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                parameters.add(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        UriInfo uriInfo = stub(UriInfo.class, Map.of("getPath", path, "getQueryParameters", parameters,
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

    private static ContainerResponseContext response(int status, Object entity) {
        return stub(ContainerResponseContext.class, Map.of("getHeaders", new MultivaluedHashMap<String, Object>(),
                "getStatus", status, "getEntity", entity));
    }

    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(AuditTrailTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answers.get(m.getName())));
    }
}
