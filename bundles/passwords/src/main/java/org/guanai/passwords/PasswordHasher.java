package org.guanai.passwords;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes passwords exactly as Guanai's JAAS realm makes and checks them (its {@code guanai} encryption,
 * etc/org.apache.karaf.jaas.cfg, with {@code encryption.encoding = hexadecimal}): Argon2id at OWASP's
 * parameters ({@link #MEMORY_KIB} KiB, {@link #ITERATIONS} iterations, parallelism 1) with a random salt per
 * password; the stored value is the encoder's {@code $argon2id$v=19$m=...$salt$hash} string, hex-encoded,
 * between the {CRYPT} markers. A hash states its own parameters, so hashes made with others still check.
 */
public final class PasswordHasher {

    static final String MARK = "{CRYPT}";
    /** OWASP Password Storage Cheat Sheet: Argon2id with at least 19 MiB, 2 iterations, parallelism 1. */
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder = encoder();

    /** The Argon2id encoder at Guanai's parameters: for every new hash, here and in the JAAS realm. */
    public static Argon2PasswordEncoder encoder() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    /** The value for etc/users.properties (before the roles). */
    public String hash(String password) {
        String encoded = encoder.encode(password);
        return MARK + HexFormat.of().formatHex(encoded.getBytes(StandardCharsets.UTF_8)) + MARK;
    }

    /** Whether {@code password} matches a value made by {@link #hash}. */
    public boolean matches(String password, String stored) {
        if (stored == null || !stored.startsWith(MARK) || !stored.endsWith(MARK) || stored.length() < 2 * MARK.length()) {
            return false;
        }
        String hex = stored.substring(MARK.length(), stored.length() - MARK.length());
        try {
            return encoder.matches(password, new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
