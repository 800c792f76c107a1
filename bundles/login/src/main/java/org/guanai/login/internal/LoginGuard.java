package org.guanai.login.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.LoginFailureDTO;
import org.guanai.registry.api.security.LoginLockouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link GuardLoginModule} asks at every login of the realm, over REST, SSH or JMX alike: one
 * {@link LoginThrottle} for all of them, and the registry's {@link LoginLockouts} for all nodes when it is there, a warning and an audit row ({@code login.failed}, the name tried and
 * where from) for every failure, and a check for an unknown name that costs what a wrong password costs.
 */
final class LoginGuard {
    static final String OPTION = LoginGuard.class.getName();
    static final String LOCKED = "too many failed logins; try again later";
    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    private final LoginThrottle throttle;
    private final Supplier<LoginLockouts> shared;
    private final Supplier<AuditService> audit;
    private final Consumer<String> lockedOut;
    private final String fallbackHash;
    private final Map<Path, Accounts> accounts = new ConcurrentHashMap<>();

    /**
     * @param audit     the trail, asked at each event (may answer null: nothing is recorded then)
     * @param lockedOut told the name that has just been locked: whatever remembers its logins forgets them
     */
    LoginGuard(LoginThrottle throttle, Supplier<AuditService> audit, Consumer<String> lockedOut) {
        this(throttle, () -> null, audit, lockedOut);
    }

    /**
     * @param shared the lockouts every node sees (the registry's database), asked at each login (may answer null:
     *               this node's own count decides alone then)
     */
    LoginGuard(LoginThrottle throttle, Supplier<LoginLockouts> shared, Supplier<AuditService> audit,
               Consumer<String> lockedOut) {
        this.throttle = throttle;
        this.shared = shared;
        this.audit = audit;
        this.lockedOut = lockedOut;
        this.fallbackHash = Argon2.hash(Long.toHexString(System.nanoTime()));
    }

    LoginThrottle throttle() {
        return throttle;
    }

    /** Locked here, or through any node (the shared count, when it answers). */
    boolean isLocked(String name) {
        if (throttle.isLocked(name)) {
            return true;
        }
        LoginLockouts lockouts = shared.get();
        if (lockouts == null) {
            return false;
        }
        try {
            return lockouts.isLocked(LoginThrottle.sharedKey(name));
        } catch (RuntimeException e) {
            LOG.warn("Shared login lockouts not readable ({}); this node's count decides", e.toString());
            return false;
        }
    }

    /** A login of a locked name, refused before its credentials are checked. */
    void refusedWhileLocked(String name, String origin) {
        LOG.warn("Login of {} from {} refused: locked after repeated failed logins", printable(name), origin);
        record(name, origin, "locked after repeated failed logins");
    }

    /** A login with a password that the realm refused: counted, and maybe now locked. */
    void failed(String name, String origin) {
        LoginThrottle.Failure failure = throttle.recordFailure(name);
        LoginThrottle.Settings settings = throttle.settings();
        LoginThrottle.Failure everywhere = sharedFailure(name, settings);
        if (everywhere != null && !failure.locked) {
            failure = everywhere; // the count of every node; this node's own decides when it locks first
        }
        String user = printable(name);
        LOG.warn("Login failed for {} from {} ({} of {} within {} min)", user, origin, failure.count,
                settings.failures, settings.windowMinutes());
        if (failure.locked) {
            LOG.warn("Login of {} locked for {} min after {} failed logins, the last from {}", user,
                    settings.lockMinutes(), failure.count, origin);
            lockedOut.accept(name);
        }
        record(name, origin, failure.locked ? "wrong user name or password; now locked for " + settings.lockMinutes()
                + " min" : "wrong user name or password");
    }

    /** The failure counted where every node counts it; null when there is no such count now. */
    private LoginThrottle.Failure sharedFailure(String name, LoginThrottle.Settings settings) {
        LoginLockouts lockouts = shared.get();
        if (lockouts == null) {
            return null;
        }
        try {
            LoginFailureDTO f = lockouts.failed(LoginThrottle.sharedKey(name), settings.failures,
                    Duration.ofNanos(settings.windowNanos), Duration.ofNanos(settings.lockNanos));
            return new LoginThrottle.Failure(f.count, f.locked);
        } catch (RuntimeException e) {
            LOG.warn("Failed login of {} not counted in the shared lockouts ({}); this node's count decides",
                    printable(name), e.toString());
            return null;
        }
    }

    void succeeded(String name) {
        throttle.recordSuccess(name);
        LoginLockouts lockouts = shared.get();
        if (lockouts != null) {
            try {
                lockouts.succeeded(LoginThrottle.sharedKey(name));
            } catch (RuntimeException e) {
                LOG.warn("Shared login lockouts not cleared for {} ({})", printable(name), e.toString());
            }
        }
    }

    /**
     * Before the realm checks a password: for a name with no account, verify the password against a real
     * account's hash (the answer is thrown away), so that "no such user" takes as long as "wrong password"
     * and the time of a refusal does not tell which names exist.
     */
    void equalize(Path usersFile, String name, char[] password) {
        if (usersFile == null) {
            return;
        }
        Accounts known = accounts.computeIfAbsent(usersFile, f -> new Accounts(f, fallbackHash));
        if (!known.exists(name)) {
            Argon2.matches(new String(password), known.someHash());
        }
    }

    private void record(String name, String origin, String why) {
        AuditService trail = audit.get();
        if (trail == null) {
            return;
        }
        try {
            trail.record(AuditEvent.of(AuditOperations.LOGIN_FAILED).by(printable(name), Set.of(), origin)
                    .outcome(AuditOutcome.FAILED).detail(why).build());
        } catch (RuntimeException e) {
            LOG.error("Audit row of a failed login of {} not written", printable(name), e);
        }
    }

    /** Where a login comes from: {@code rest 10.0.0.23}, {@code ssh 10.0.0.23} (Karaf's ClientPrincipal). */
    static String origin(Subject subject) {
        if (subject != null) {
            for (ClientPrincipal client : subject.getPrincipals(ClientPrincipal.class)) {
                return Caller.origin(client.getMethod(), client.getAddress());
            }
        }
        return "unknown";
    }

    /** A name as typed, safe for a log line or the trail: no control characters, at most 100 of them. */
    static String printable(String name) {
        if (name == null) {
            return "-";
        }
        String cut = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        return cut.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
