package org.guanai.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.UserAccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in sessions of the web dashboard, in memory: a browser signs in once with Basic credentials
 * ({@code POST /api/v1/session}) and then sends a random session token in an HttpOnly cookie, with the
 * session's CSRF token in a header on every request ({@link SessionCredentials}). A session ends when the user
 * signs out, after {@link #IDLE_NANOS} without a request of the user's own (a page's refresh timer does not
 * count: {@link SessionCredentials#BACKGROUND_HEADER}), after {@link #MAX_AGE_NANOS} in any case, when an
 * administrator changes the user's roles or divisions, within {@link #RECHECK_NANOS} of the account's removal or a
 * change of its Guanai roles in the realm by other means ({@code jaas:}, {@code bin/guanai-user-add}), and when
 * Guanai restarts.
 *
 * <p>Only a hash of each token is kept, so the map's keys are of no use to anyone who reads memory, and a
 * lookup's timing says nothing about a token. At most {@link #MAX_SESSIONS}: beyond, the least recently used
 * goes.
 */
@Component(service = WebSessions.class)
public class WebSessions {
    static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(30);
    static final long MAX_AGE_NANOS = TimeUnit.HOURS.toNanos(10);
    static final int MAX_SESSIONS = 2000;
    /** As often as a Basic login is checked again ({@link Authenticator#TTL_NANOS}), the realm is asked again. */
    static final long RECHECK_NANOS = Authenticator.TTL_NANOS;
    /** The roles that decide what a session may do; others (ssh, groups) may change without ending it. */
    static final List<String> GUANAI_ROLES = List.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH,
            Roles.LEGAL, Roles.VIEWER);
    private static final Logger LOG = LoggerFactory.getLogger(WebSessions.class);

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier nanoClock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final java.util.function.Consumer<String> endSessions = this::endAllOf;

    /** The realm's users as the registry reads them, to see an account removed or its roles changed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile UserAccessService access;

    @Activate
    public WebSessions() {
        this(System::nanoTime);
    }

    /** A changed role or division ends that user's sessions: they sign in again and get the new ones. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAccessChanges(AccessChanges changes) {
        changes.subscribeUser(endSessions);
    }

    void unbindAccessChanges(AccessChanges changes) {
        changes.unsubscribeUser(endSessions);
    }

    WebSessions(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** A new session for {@code user}, with its token: the only time the token is known here. */
    public Started start(ApiUser user) {
        long now = nanoClock.getAsLong();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> s.expired(now));
            while (sessions.size() >= MAX_SESSIONS) {
                sessions.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastSeen))
                        .ifPresent(e -> sessions.remove(e.getKey()));
            }
        }
        String token = randomToken();
        Session session = new Session(user, randomToken(), now);
        sessions.put(hash(token), session);
        return new Started(session, token);
    }

    /** The live session of {@code token}, now seen again; empty for an unknown, ended or expired one. */
    public Optional<Session> find(String token) {
        return find(token, true);
    }

    /**
     * The live session of {@code token}; empty for an unknown, ended or expired one. {@code activity}: whether this
     * request is the user's doing and so keeps the session from going idle (a page's own refresh timer is not).
     */
    public Optional<Session> find(String token, boolean activity) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String key = hash(token);
        Session session = sessions.get(key);
        long now = nanoClock.getAsLong();
        if (session == null) {
            return Optional.empty();
        }
        if (session.expired(now)) {
            sessions.remove(key);
            return Optional.empty();
        }
        if (now - session.checked > RECHECK_NANOS) {
            if (!stillHolds(session.user)) {
                sessions.remove(key);
                return Optional.empty();
            }
            session.checked = now;
        }
        if (activity) {
            session.lastSeen = now;
        }
        return Optional.of(session);
    }

    public void end(String token) {
        if (token != null && token.length() <= 100) {
            sessions.remove(hash(token));
        }
    }

    /** Ends every session of {@code user} (roles or divisions changed: they sign in again). */
    public void endAllOf(String user) {
        sessions.values().removeIf(s -> s.user.getName().equals(user));
    }

    /**
     * Whether the realm still has {@code user} with the Guanai roles the session started with. Without the registry
     * there is nothing to ask (and nothing of it to serve); a realm that cannot be read ends the session.
     */
    private boolean stillHolds(ApiUser user) {
        UserAccessService current = access;
        if (current == null) {
            return true;
        }
        try {
            return guanaiRoles(current.user(user.getName()).roles).equals(guanaiRoles(user.roles()));
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Web session of {} ended: its account could not be checked ({})", user.getName(), e.toString());
            return false;
        }
    }

    static Set<String> guanaiRoles(java.util.Collection<String> roles) {
        Set<String> kept = new TreeSet<>(roles == null ? Set.of() : roles);
        kept.retainAll(GUANAI_ROLES);
        return kept;
    }

    int size() {
        return sessions.size();
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** A session just started, and its token for the cookie. */
    public static final class Started {
        public final Session session;
        public final String token;

        Started(Session session, String token) {
            this.session = session;
            this.token = token;
        }
    }

    /** One signed-in browser. */
    public static final class Session {
        final ApiUser user;
        final String csrf;
        final long started;
        volatile long lastSeen;
        /** When the realm last confirmed the user and roles. */
        volatile long checked;

        Session(ApiUser user, String csrf, long started) {
            this.user = user;
            this.csrf = csrf;
            this.started = started;
            this.lastSeen = started;
            this.checked = started;
        }

        public ApiUser user() {
            return user;
        }

        public String csrf() {
            return csrf;
        }

        /** Whether {@code sent} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String sent) {
            return sent != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    sent.getBytes(StandardCharsets.UTF_8));
        }

        boolean expired(long now) {
            return now - lastSeen > IDLE_NANOS || now - started > MAX_AGE_NANOS;
        }
    }
}
