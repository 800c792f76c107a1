package org.guanai.rest.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user and password of an {@code Authorization: Basic …} header (RFC 7617, UTF-8). */
final class BasicCredentials {
    private static final String SCHEME = "Basic ";

    final String user;
    final String password;

    private BasicCredentials(String user, String password) {
        this.user = user;
        this.password = password;
    }

    static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String header = authorization.trim();
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
