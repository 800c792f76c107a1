package org.guanai.rest.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.junit.After;
import org.junit.Test;

/** The web dashboard's sessions: cookie and CSRF header, expiry, sign-out, and access changes. */
public class WebSessionTest {
    private final AtomicLong now = new AtomicLong();
    private final WebSessions sessions = new WebSessions(now::get);
    private final BasicAuthFilter filter = new BasicAuthFilter(new Authenticator(
            (user, pw) -> Optional.empty(), System::nanoTime)).withSessions(sessions);
    private final ApiUser lina = new ApiUser("lina", Set.of("township"));

    @After
    public void forgetCaller() {
        CallerContext.clear();
    }

    @Test
    public void theCookieWithItsCsrfTokenSignsTheRequestIn() {
        WebSessions.Started s = sessions.start(lina);
        Request r = new Request("GET", "api/v1/stats").cookie(s.token).header(SessionCredentials.CSRF_HEADER, s.session.csrf());
        filter.filter(r.context());
        assertNull(r.aborted);
        assertEquals("lina", r.security.getUserPrincipal().getName());
        assertEquals("lina", CallerContext.current().orElseThrow().user());
    }

    @Test
    public void withoutTheCsrfTokenTheCookieGetsNothingDoneExceptReadingTheSession() {
        WebSessions.Started s = sessions.start(lina);
        for (String[] request : new String[][] {{"GET", "api/v1/stats"}, {"POST", "api/v1/persons"},
            {"DELETE", "api/v1/session"}}) {
            Request r = new Request(request[0], request[1]).cookie(s.token).header(SessionCredentials.CSRF_HEADER, "guess");
            filter.filter(r.context());
            assertEquals(request[1], 403, r.aborted.getStatus());
            Request bare = new Request(request[0], request[1]).cookie(s.token);
            filter.filter(bare.context());
            assertEquals(request[1], 403, bare.aborted.getStatus());
        }
        Request reload = new Request("GET", "api/v1/session").cookie(s.token);
        filter.filter(reload.context());
        assertNull(reload.aborted);
    }

    @Test
    public void anUnknownOrEndedSessionIs401WithoutABasicChallengeForThePage() {
        WebSessions.Started s = sessions.start(lina);
        sessions.end(s.token);
        Request r = new Request("GET", "api/v1/stats").cookie(s.token).header(SessionCredentials.CSRF_HEADER, s.session.csrf())
                .header(SessionCredentials.WEB_HEADER, "1");
        filter.filter(r.context());
        assertEquals(401, r.aborted.getStatus());
        assertEquals(BasicAuthFilter.WEB_CHALLENGE, r.aborted.getHeaderString("WWW-Authenticate"));
        Request forged = new Request("GET", "api/v1/stats").cookie("x".repeat(43));
        filter.filter(forged.context());
        assertEquals(401, forged.aborted.getStatus());
        assertTrue(forged.aborted.getHeaderString("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    public void sessionsEndWhenIdleWhenOldAndWhenTheUsersAccessChanges() {
        WebSessions.Started idle = sessions.start(lina);
        now.addAndGet(WebSessions.IDLE_NANOS + 1);
        assertTrue(sessions.find(idle.token).isEmpty());

        WebSessions.Started busy = sessions.start(lina);
        for (int hour = 0; hour < 10; hour++) {
            now.addAndGet(TimeUnit.MINUTES.toNanos(29));
            assertTrue(sessions.find(busy.token).isPresent());
            now.addAndGet(TimeUnit.MINUTES.toNanos(29));
            sessions.find(busy.token);
        }
        now.addAndGet(TimeUnit.MINUTES.toNanos(29));
        assertTrue("ten hours at most", sessions.find(busy.token).isEmpty());

        AccessChanges changes = new AccessChanges();
        sessions.bindAccessChanges(changes);
        WebSessions.Started mine = sessions.start(lina);
        WebSessions.Started other = sessions.start(new ApiUser("wang", Set.of("county")));
        changes.accessChanged("lina");
        assertTrue(sessions.find(mine.token).isEmpty());
        assertTrue(sessions.find(other.token).isPresent());
        sessions.unbindAccessChanges(changes);
        WebSessions.Started later = sessions.start(lina);
        changes.accessChanged("lina");
        assertTrue("unsubscribed", sessions.find(later.token).isPresent());
    }

    @Test
    public void aSessionEndsWithinAMinuteOfItsAccountsRemovalOrAGuanaiRoleChangeInTheRealm() {
        Map<String, List<String>> realm = new HashMap<>(Map.of("lina", List.of("ssh", "township"), "wang", List.of("county")));
        sessions.access = (UserAccessService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserAccessService.class}, (p, m, args) -> {
                    if (!m.getName().equals("user") || !realm.containsKey((String) args[0])) {
                        throw new NotFoundException("user", args[0]);
                    }
                    UserAccessDTO user = new UserAccessDTO();
                    user.name = (String) args[0];
                    user.roles = realm.get(user.name);
                    return user;
                });
        WebSessions.Started mine = sessions.start(lina);
        WebSessions.Started his = sessions.start(new ApiUser("wang", Set.of("county")));
        WebSessions.Started kept = sessions.start(new ApiUser("wang", Set.of("county")));
        now.addAndGet(WebSessions.RECHECK_NANOS + 1);
        assertTrue("ssh is no Guanai role", sessions.find(mine.token).isPresent());
        realm.put("lina", List.of("township"));
        realm.put("wang", List.of("county", "ssh"));
        assertTrue(sessions.find(kept.token).isPresent());
        realm.remove("lina");
        realm.put("wang", List.of("stats"));
        assertTrue("the realm was asked a moment ago", sessions.find(mine.token).isPresent());
        now.addAndGet(WebSessions.RECHECK_NANOS + 1);
        assertTrue("the account is gone", sessions.find(mine.token).isEmpty());
        assertTrue("county became stats", sessions.find(his.token).isEmpty());
    }

    @Test
    public void aPagesOwnRefreshDoesNotKeepTheSessionFromGoingIdle() {
        WebSessions.Started s = sessions.start(lina);
        for (int minute = 0; minute < 30; minute++) {
            now.addAndGet(TimeUnit.MINUTES.toNanos(1));
            Request poll = new Request("GET", "api/v1/indicators").cookie(s.token)
                    .header(SessionCredentials.CSRF_HEADER, s.session.csrf()).header(SessionCredentials.BACKGROUND_HEADER, "1");
            filter.filter(poll.context());
            assertNull("a refresh is served while the session lives", poll.aborted);
        }
        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        Request poll = new Request("GET", "api/v1/indicators").cookie(s.token)
                .header(SessionCredentials.CSRF_HEADER, s.session.csrf()).header(SessionCredentials.BACKGROUND_HEADER, "1");
        filter.filter(poll.context());
        assertEquals("31 minutes with nothing but refreshes: idle", 401, poll.aborted.getStatus());
    }

    @Test
    public void theCookieIsHttpOnlyStrictAndSecureOnHttps() {
        assertEquals("GUANAI_SESSION=abc; Path=/api/v1; HttpOnly; SameSite=Strict; Secure",
                SessionCredentials.setCookie("abc", true));
        assertEquals("GUANAI_SESSION=; Path=/api/v1; Max-Age=0; HttpOnly; SameSite=Strict",
                SessionCredentials.clearCookie(false));
    }

    @Test
    public void sessionsAreBounded() {
        for (int i = 0; i < WebSessions.MAX_SESSIONS + 10; i++) {
            now.incrementAndGet();
            sessions.start(lina);
        }
        assertEquals(WebSessions.MAX_SESSIONS, sessions.size());
    }

    private static final class Request {
        final String method;
        final String path;
        final Map<String, String> headers = new HashMap<>();
        final Map<String, Cookie> cookies = new HashMap<>();
        Response aborted;
        SecurityContext security;

        Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Request cookie(String token) {
            cookies.put(SessionCredentials.COOKIE, new Cookie(SessionCredentials.COOKIE, token));
            return this;
        }

        Request header(String name, String value) {
            headers.put(name.toLowerCase(), value);
            return this;
        }

        ContainerRequestContext context() {
            UriInfo uriInfo = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                    (p, m, args) -> switch (m.getName()) {
                        case "getPath" -> path;
                        case "getRequestUri" -> URI.create("http://localhost:8181/" + path);
                        default -> null;
                    });
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getHeaderString" -> headers.get(((String) args[0]).toLowerCase());
                        case "getCookies" -> cookies;
                        case "getMethod" -> method;
                        case "getUriInfo" -> uriInfo;
                        case "abortWith" -> {
                            aborted = (Response) args[0];
                            yield null;
                        }
                        case "setSecurityContext" -> {
                            security = (SecurityContext) args[0];
                            yield null;
                        }
                        default -> null;
                    });
        }
    }
}
