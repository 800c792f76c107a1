package org.guanai.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Checks a user name and password, remembering successful checks for {@link #TTL_NANOS}.
 *
 * <p>Why a cache: a browser client sends every request with Basic credentials, and a JAAS login
 * can be slow (hashed passwords, an LDAP or JDBC realm). Only successes are cached, keyed by a
 * salted SHA-256 of user and password together, so a wrong password never matches an entry and
 * the cache holds no password. The price: a changed password or a removed role takes up to a minute to bite
 * on someone who already logged in with the old one, unless it was made through Guanai
 * ({@code registry:user-roles}, {@code PUT /api/v1/users/{name}/roles}); a lockout by the realm always bites
 * at once: in both cases {@link #forgetAll} runs and the next request logs in afresh.
 */
public final class Authenticator {
    static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(60);
    static final int MAX_ENTRIES = 1000;

    /** One JAAS login: the user when the password is right, empty otherwise. */
    @FunctionalInterface
    public interface Login {
        Optional<ApiUser> login(String user, String password);

        /**
         * The same, telling the realm the client's address (for its audit of failures).
         *
         * @throws LockedOutException when the realm refuses the name for now, whatever the password
         */
        default Optional<ApiUser> login(String user, String password, String address) {
            return login(user, password);
        }
    }

    /** The realm refused a name that failed too often, without checking its password. */
    public static final class LockedOutException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LockedOutException() {
            super("locked after repeated failed logins", null, false, false);
        }
    }

    private final Login login;
    private final LongSupplier nanoClock;
    private final byte[] salt = new byte[16];
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    public Authenticator(Login login, LongSupplier nanoClock) {
        this.login = login;
        this.nanoClock = nanoClock;
        new SecureRandom().nextBytes(salt);
    }

    public Optional<ApiUser> authenticate(String user, String password) {
        return authenticate(user, password, "unknown");
    }

    /**
     * @param address the client's, for the realm's audit of a failure
     * @throws LockedOutException when the realm has locked the name
     */
    public Optional<ApiUser> authenticate(String user, String password, String address) {
        String key = key(user, password);
        long now = nanoClock.getAsLong();
        Entry cached = cache.get(key);
        if (cached != null && now - cached.since < TTL_NANOS) {
            return Optional.of(cached.user);
        }
        Optional<ApiUser> result = login.login(user, password, address);
        if (result.isPresent()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.values().removeIf(e -> now - e.since >= TTL_NANOS);
                if (cache.size() >= MAX_ENTRIES) {
                    cache.clear();
                }
            }
            cache.put(key, new Entry(result.get(), now));
        } else if (cached != null) {
            cache.remove(key);
        }
        return result;
    }

    /** Forgets every remembered login, e.g. after an administrator changed someone's roles. */
    public void forgetAll() {
        cache.clear();
    }

    int cacheSize() {
        return cache.size();
    }

    private String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : sha.digest()) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static final class Entry {
        final ApiUser user;
        final long since;

        Entry(ApiUser user, long since) {
            this.user = user;
            this.since = since;
        }
    }
}
