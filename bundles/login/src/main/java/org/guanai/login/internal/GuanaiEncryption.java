package org.guanai.login.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;

/**
 * The {@code guanai} encryption of the karaf realm ({@code encryption.name = guanai} in
 * etc/org.apache.karaf.jaas.cfg): what {@code jaas:user-add}, and the first login with a password written in
 * clear, store. Karaf's own {@code spring-security-crypto} encryption makes Argon2 hashes with 4 MiB, below
 * OWASP's minimum; this one with {@link Argon2}'s parameters, in the same format, so hashes made by either
 * (and by bin/guanai-user-add) check with both.
 *
 * <p>Registered by {@link Activator} when this bundle starts, not by SCR: see there why.
 */
public class GuanaiEncryption implements EncryptionService {
    static final String NAME = "guanai";

    @Override
    public Encryption createEncryption(Map<String, String> params) {
        String algorithm = params.get(ALGORITHM);
        if (algorithm != null && !"argon2".equalsIgnoreCase(algorithm)) {
            throw new IllegalArgumentException("the guanai encryption is argon2, not " + algorithm);
        }
        return new Argon2Encoding(params.get(ENCODING));
    }

    /** Argon2 strings, encoded as the realm's configuration says (hexadecimal by default). */
    static final class Argon2Encoding implements Encryption {
        private final boolean base64;

        Argon2Encoding(String encoding) {
            if (encoding != null && !encoding.isEmpty() && !ENCODING_HEXADECIMAL.equalsIgnoreCase(encoding)
                    && !ENCODING_BASE64.equalsIgnoreCase(encoding)) {
                throw new IllegalArgumentException("encoding " + encoding + " is not hexadecimal or base64");
            }
            this.base64 = ENCODING_BASE64.equalsIgnoreCase(encoding);
        }

        @Override
        public String encryptPassword(String plain) {
            byte[] encoded = Argon2.hash(plain).getBytes(StandardCharsets.UTF_8);
            return base64 ? Base64.getEncoder().encodeToString(encoded) : HexFormat.of().formatHex(encoded);
        }

        @Override
        public boolean checkPassword(String password, String stored) {
            String encoded = decode(stored, base64);
            return encoded != null && Argon2.matches(password, encoded);
        }
    }

    /** A stored value as the Argon2 string it encodes, or null when it is none. */
    static String decode(String stored, boolean base64) {
        try {
            byte[] bytes = base64 ? Base64.getDecoder().decode(stored) : HexFormat.of().parseHex(stored);
            String encoded = new String(bytes, StandardCharsets.UTF_8);
            return encoded.startsWith("$argon2") ? encoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
