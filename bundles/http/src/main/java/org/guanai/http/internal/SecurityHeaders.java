package org.guanai.http.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.BiConsumer;


/** The security headers of every response, and what counts as "this machine only". */
final class SecurityHeaders {

    /** An API answers data, never a page: nothing may be loaded by it, framed, or sniffed into another type. */
    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** The headers every response carries; HSTS only on HTTPS, where a browser takes it. */
    static void apply(BiConsumer<String, String> header, boolean secure) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Content-Security-Policy", CSP);
        header.accept("Referrer-Policy", "no-referrer");
        if (secure) {
            header.accept("Strict-Transport-Security", HSTS);
        }
    }

    /** Whether a connector bound to {@code host} (null or blank: every address) is reachable from this machine only. */
    static boolean isThisMachineOnly(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(host.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
