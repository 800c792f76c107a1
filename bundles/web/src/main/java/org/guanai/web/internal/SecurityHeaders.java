package org.guanai.web.internal;

import java.util.function.BiConsumer;

/**
 * The headers every answer of the page carries. The policy allows scripts, styles and data only from Guanai
 * itself: no inline script, no other origin (the county has no internet, and an injected script could read
 * children's records). Inline styles are allowed because ECharts positions its tooltips with them.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void apply(boolean secure, BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CSP);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
