package org.guanai.rest.internal.auth;

import java.util.Optional;
import java.util.function.Supplier;

import org.guanai.registry.api.Message;
import org.guanai.rest.internal.RestText;

/**
 * One HTTP Basic login against the JAAS realm. Failed logins, their audit rows and the lockout after repeated
 * failures are the realm's (guanai-login guards the karaf realm for REST, the SSH console and JMX alike): it is told
 * where the login came from, and refuses a locked name before its password is checked, so neither the success
 * cache of {@link Authenticator} nor a right password gets it in, and the answer is the same whether the password
 * was right or not. No password is ever logged.
 */
final class BasicLogin {
    static final Message LOCKED = RestText.message("auth.locked");

    private final Supplier<Authenticator> authenticator;

    /** {@code authenticator} is asked per login: configuration may replace it. */
    BasicLogin(Supplier<Authenticator> authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * The user these credentials sign in, from the address {@code from} gives.
     *
     * @throws Refused a wrong name or password, or a locked name
     */
    ApiUser login(BasicCredentials credentials, Supplier<String> from) {
        Optional<ApiUser> user;
        try {
            user = authenticator.get().authenticate(credentials.user, credentials.password, from.get());
        } catch (Authenticator.LockedOutException e) {
            throw new Refused(LOCKED);
        }
        return user.orElseThrow(() -> new Refused(null));
    }

    /** A login refused; {@link #detail} says why where it may be said (a lockout), null for a wrong password. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Message detail;

        Refused(Message detail) {
            super(detail == null ? null : detail.toString(), null, false, false);
            this.detail = detail;
        }
    }
}
