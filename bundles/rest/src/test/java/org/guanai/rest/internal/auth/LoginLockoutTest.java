package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.guanai.rest.internal.problem.Problem;
import org.junit.Test;

/** The lockout as a client meets it, through the authentication filter. */
public class LoginLockoutTest {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final AtomicLong clock = new AtomicLong(123_456_789L);
    private final AtomicInteger logins = new AtomicInteger();
    private final List<String> warnings = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Settings.DEFAULT, clock::get);
    private final Authenticator authenticator = new Authenticator((user, pw) -> {
        logins.incrementAndGet();
        return ("lina".equals(user) || "wang".equals(user)) && "right".equals(pw)
                ? Optional.of(new ApiUser(user, Set.of("county"))) : Optional.empty();
    }, clock::get);
    private final BasicAuthFilter filter = new BasicAuthFilter(() -> authenticator, throttle, warnings::add);

    @Test
    public void fiveFailuresLockEvenTheRightPasswordOut() {
        for (int i = 1; i <= 4; i++) {
            Request r = login("lina", "wrong");
            assertEquals(401, r.aborted.getStatus());
            assertEquals("valid credentials are required (HTTP Basic)", problem(r).detail);
        }
        Request fifth = login("lina", "wrong");
        assertEquals(401, fifth.aborted.getStatus());
        assertEquals("too many failed logins; try again later", problem(fifth).detail);

        int before = logins.get();
        Request right = login("lina", "right");
        assertEquals(401, right.aborted.getStatus());
        assertEquals("Basic realm=\"Guanai\"", right.aborted.getMetadata().getFirst("WWW-Authenticate"));
        assertEquals("too many failed logins; try again later", problem(right).detail);
        assertNull(right.security);
        assertEquals("a locked name is refused before its password is checked", before, logins.get());
        assertEquals("the same answer for a wrong password",
                problem(right).detail, problem(login("lina", "wrong")).detail);

        assertNull("other users are not affected", login("wang", "right").aborted);
    }

    @Test
    public void theCachedSuccessDoesNotLetALockedUserIn() {
        assertNull(login("lina", "right").aborted); // now cached for a minute
        for (int i = 0; i < 5; i++) {
            login("lina", "wrong");
        }
        assertEquals(401, login("lina", "right").aborted.getStatus());
    }

    @Test
    public void theLockEndsAfterItsTime() {
        for (int i = 0; i < 5; i++) {
            login("lina", "wrong");
        }
        clock.addAndGet(14 * MINUTE);
        assertEquals(401, login("lina", "right").aborted.getStatus());
        clock.addAndGet(MINUTE);
        Request r = login("lina", "right");
        assertNull(r.aborted);
        assertEquals("lina", r.security.getUserPrincipal().getName());
    }

    @Test
    public void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            login("lina", "wrong");
        }
        assertNull(login("lina", "right").aborted);
        for (int i = 0; i < 4; i++) {
            assertEquals("valid credentials are required (HTTP Basic)", problem(login("lina", "wrong")).detail);
        }
    }

    @Test
    public void failuresAndTheLockoutAreLoggedWithUserAndAddress() {
        for (int i = 0; i < 5; i++) {
            login("lina", "wrong");
        }
        login("lina", "right");
        assertEquals(7, warnings.size());
        assertEquals("REST login failed for lina from 203.0.113.7 (1 of 5 within 15 min)", warnings.get(0));
        assertEquals("REST login failed for lina from 203.0.113.7 (5 of 5 within 15 min)", warnings.get(4));
        assertEquals("REST login of lina locked for 15 min after 5 failed logins, the last from 203.0.113.7",
                warnings.get(5));
        assertTrue(warnings.get(6), warnings.get(6).startsWith("REST login of lina from 203.0.113.7 refused: locked"));
        assertFalse("no password is logged", String.join("\n", warnings).contains("wrong"));
    }

    @Test
    public void aForgedUserNameCannotForgeLogLines() {
        login("eve\nREST login succeeded for admin", "x");
        assertEquals(1, warnings.size());
        assertFalse(warnings.get(0).contains("\n"));
    }

    @Test
    public void withoutAServletRequestTheAddressIsUnknown() {
        filter.servletRequest = null;
        login("lina", "wrong", false);
        assertTrue(warnings.get(0), warnings.get(0).contains(" from unknown "));
    }

    private Request login(String user, String password) {
        return login(user, password, true);
    }

    private Request login(String user, String password, boolean servlet) {
        if (servlet) {
            filter.servletRequest = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class},
                    (proxy, m, args) -> "getRemoteAddr".equals(m.getName()) ? "203.0.113.7" : null);
        }
        Request r = new Request("Basic " + AuthenticatorTest.base64(user + ":" + password));
        filter.filter(r.context());
        if (r.aborted == null) {
            assertNotNull(r.security);
        }
        return r;
    }

    private static Problem problem(Request r) {
        return (Problem) r.aborted.getEntity();
    }

    private static final class Request {
        final String authorization;
        Response aborted;
        SecurityContext security;

        Request(String authorization) {
            this.authorization = authorization;
        }

        ContainerRequestContext context() {
            String path = "api/v1/persons";
            UriInfo uriInfo = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {UriInfo.class}, (proxy, m, args) -> Map.<String, Object>of("getPath", path,
                            "getRequestUri", URI.create("http://localhost:8181/" + path)).get(m.getName()));
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "getMethod":
                            return "GET";
                        case "getUriInfo":
                            return uriInfo;
                        case "getHeaderString":
                            return "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                        case "abortWith":
                            aborted = (Response) args[0];
                            return null;
                        case "setSecurityContext":
                            security = (SecurityContext) args[0];
                            return null;
                        default:
                            return null;
                    }
                });
        }
    }
}
