package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.guanai.rest.internal.problem.Problem;
import org.junit.Test;

/**
 * The realm's lockout (guanai-login, shared with SSH) as a REST client meets it through the authentication
 * filter: the realm refuses a locked name without checking its password, and tells the REST layer to forget
 * the logins it remembers, so that a cached success does not let the name in either.
 */
public class LoginLockoutTest {
    private final AtomicLong clock = new AtomicLong(123_456_789L);
    private final AtomicInteger logins = new AtomicInteger();
    private final Set<String> locked = new java.util.concurrent.CopyOnWriteArraySet<>();
    private final List<String> addresses = new ArrayList<>();
    private final Authenticator authenticator = new Authenticator(new Authenticator.Login() {
        @Override
        public Optional<ApiUser> login(String user, String pw) {
            throw new AssertionError("the filter tells the realm where the login comes from");
        }

        @Override
        public Optional<ApiUser> login(String user, String pw, String address) {
            addresses.add(address);
            if (locked.contains(user)) {
                throw new Authenticator.LockedOutException();
            }
            logins.incrementAndGet();
            return ("lina".equals(user) || "wang".equals(user)) && "right".equals(pw)
                    ? Optional.of(new ApiUser(user, Set.of("county"))) : Optional.empty();
        }
    }, clock::get);
    private final BasicAuthFilter filter = new BasicAuthFilter(authenticator);

    @Test
    public void aLockedNameIsRefusedWithTheSameAnswerWhateverThePassword() {
        assertEquals("需要有效的用户名和密码（HTTP Basic）", problem(login("lina", "wrong")).detail);
        locked.add("lina");
        int before = logins.get();
        for (String password : List.of("right", "wrong")) {
            Request r = login("lina", password);
            assertEquals(401, r.aborted.getStatus());
            assertEquals("Basic realm=\"Guanai\"", r.aborted.getMetadata().getFirst("WWW-Authenticate"));
            assertEquals("登录失败次数过多；请稍后再试", problem(r).detail);
            assertNull(r.security);
        }
        assertEquals("a locked name is refused before its password is checked", before, logins.get());
        assertNull("other users are not affected", login("wang", "right").aborted);
    }

    @Test
    public void theCachedSuccessIsForgottenWhenTheRealmLocksTheName() {
        assertNull(login("lina", "right").aborted); // now remembered for a minute
        assertNull(login("lina", "right").aborted);
        assertEquals(1, logins.get());
        locked.add("lina");
        AccessChanges changes = new AccessChanges();
        changes.subscribe(authenticator::forgetAll);
        changes.accessChanged("lina"); // what the realm does when it locks a name
        assertEquals("登录失败次数过多；请稍后再试", problem(login("lina", "right")).detail);
        locked.remove("lina");
        assertNull(login("lina", "right").aborted);
    }

    @Test
    public void theRealmLearnsTheClientsAddress() {
        login("lina", "wrong");
        filter.servletRequest = null;
        login("lina", "wrong", false);
        assertEquals(List.of("203.0.113.7", "unknown"), addresses);
    }

    @Test
    public void theCallerComesFromRestAndItsAddress() {
        Request r = login("lina", "right");
        assertNull(r.aborted);
        assertEquals("rest 203.0.113.7", org.guanai.registry.api.security.CallerContext.current().orElseThrow().origin());
        org.guanai.registry.api.security.CallerContext.clear();
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
