package org.guanai.rest.internal.auth;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.guanai.rest.internal.LogText;

/**
 * One HTTP Basic login against the JAAS realm, with a temporary lockout of a user name after repeated failures
 * ({@link LoginThrottle}). Every failed login, locked names included, is logged as a warning and leaves a
 * {@code login.failed} row in the audit trail ({@link AuditTrail}) with the name tried and the remote address;
 * no password is ever logged.
 *
 * <p>A locked name is refused before its password is checked, so neither the 60-second success cache of
 * {@link Authenticator} nor a right password gets it in, and the answer is the same whether the password was
 * right or not.
 */
final class BasicLogin {
    static final String LOCKED = "too many failed logins; try again later";
    private static final String LOCKED_WHY = "locked after repeated failed logins";

    private final Supplier<Authenticator> authenticator;
    private final LoginThrottle throttle;
    private final Consumer<String> warnings;
    private final AuditTrail audit;

    /** {@code authenticator} is asked per login: configuration may replace it. */
    BasicLogin(Supplier<Authenticator> authenticator, LoginThrottle throttle, Consumer<String> warnings, AuditTrail audit) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.warnings = warnings;
        this.audit = audit;
    }

    /**
     * The user these credentials sign in, from the address {@code from} gives (asked only when needed).
     *
     * @throws Refused a wrong name or password, or a locked name
     */
    ApiUser login(BasicCredentials credentials, Supplier<String> from) {
        String name = credentials.user;
        if (throttle.isLocked(name)) {
            String address = from.get();
            warnings.accept("REST login of " + LogText.of(name) + " from " + address + " refused: " + LOCKED_WHY);
            audit.loginFailed(name, address, LOCKED_WHY);
            throw new Refused(LOCKED);
        }
        Optional<ApiUser> user = authenticator.get().authenticate(name, credentials.password);
        if (user.isEmpty()) {
            throw failed(name, from.get());
        }
        if (throttle.isLocked(name)) {
            // locked by a concurrent failure while this password was being checked
            audit.loginFailed(name, from.get(), LOCKED_WHY);
            throw new Refused(LOCKED);
        }
        throttle.recordSuccess(name);
        return user.get();
    }

    private Refused failed(String name, String from) {
        LoginThrottle.Failure failure = throttle.recordFailure(name);
        LoginThrottle.Settings settings = throttle.settings();
        String user = LogText.of(name);
        warnings.accept("REST login failed for " + user + " from " + from + " (" + failure.count + " of "
                + settings.failures + " within " + settings.windowMinutes() + " min)");
        if (failure.locked) {
            warnings.accept("REST login of " + user + " locked for " + settings.lockMinutes() + " min after "
                    + failure.count + " failed logins, the last from " + from);
        }
        audit.loginFailed(name, from, failure.locked ? "wrong user name or password; now locked for "
                + settings.lockMinutes() + " min" : "wrong user name or password");
        return new Refused(failure.locked ? LOCKED : null);
    }

    /** A login refused; {@link #detail} says why where it may be said (a lockout), null for a wrong password. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String detail;

        Refused(String detail) {
            super(detail, null, false, false);
            this.detail = detail;
        }
    }
}
