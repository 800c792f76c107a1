package org.guanai.passwords;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes passwords exactly as Guanai's JAAS realm checks them: Karaf's {@code spring-security-crypto}
 * encryption with {@code encryption.algorithm = argon2} and {@code encryption.encoding = hexadecimal}
 * (etc/org.apache.karaf.jaas.cfg). Argon2id with a random salt per password; the stored value is the
 * encoder's {@code $argon2id$v=19$m=...$salt$hash} string, hex-encoded, between the {CRYPT} markers.
 */
public final class PasswordHasher {

    static final String MARK = "{CRYPT}";

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder();

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
