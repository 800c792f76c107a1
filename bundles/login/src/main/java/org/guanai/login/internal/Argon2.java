package org.guanai.login.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.guanai.passwords.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id for the realm: new hashes at OWASP's parameters ({@link PasswordHasher#encoder()}, the same as
 * bin/guanai-user-add's), and a bound on how many are computed at once. Each costs 19 MiB for tens of
 * milliseconds: a flood of logins must queue, not take the heap (a few at once keep every core busy anyway).
 */
final class Argon2 {
    static final int AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Semaphore PERMITS = new Semaphore(AT_ONCE, true);
    private static final Argon2PasswordEncoder ENCODER = PasswordHasher.encoder();

    private Argon2() {
    }

    /** A new salted hash of {@code password}: {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. */
    static String hash(CharSequence password) {
        return bounded(() -> ENCODER.encode(password));
    }

    /** Whether {@code password} matches {@code encoded}, at the parameters {@code encoded} states. */
    static boolean matches(CharSequence password, String encoded) {
        return bounded(() -> ENCODER.matches(password, encoded));
    }

    private static <T> T bounded(Supplier<T> work) {
        try {
            PERMITS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        }
        try {
            return work.get();
        } finally {
            PERMITS.release();
        }
    }
}
