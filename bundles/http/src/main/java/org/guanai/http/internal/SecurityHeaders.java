package org.guanai.http.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.BiConsumer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every web context of the server: the security headers on every response, whatever answers it
 * (a resource, the authentication filter's 401, a 404 of the JAX-RS runtime); it handles nothing itself. When it
 * starts, it gives the server {@link ProblemErrorHandler} for the answers Jetty makes before any context sees the
 * request, and warns when the server answers plain HTTP beyond this machine.
 */
final class SecurityHeaders extends AbstractHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeaders.class);

    /** An API answers data, never a page: nothing may be loaded by it, framed, or sniffed into another type. */
    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000";

    private ErrorHandler replaced;

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

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        if (!response.isCommitted()) {
            apply(response::setHeader, baseRequest.isSecure());
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Server server = getServer();
        if (server != null) {
            if (!(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                replaced = server.getErrorHandler();
                server.setErrorHandler(new ProblemErrorHandler());
            }
            for (Connector connector : server.getConnectors()) {
                warnIfClearTextBeyondThisMachine(connector);
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        Server server = getServer();
        if (server != null && server.getErrorHandler() instanceof ProblemErrorHandler) {
            server.setErrorHandler(replaced);
        }
        replaced = null;
        super.doStop();
    }

    private static void warnIfClearTextBeyondThisMachine(Connector connector) {
        if (connector instanceof ServerConnector && connector.getConnectionFactory(SslConnectionFactory.class) == null) {
            ServerConnector c = (ServerConnector) connector;
            if (!isThisMachineOnly(c.getHost())) {
                LOG.warn("Guanai answers plain HTTP on {}:{}, beyond this machine: passwords (HTTP Basic) and personal"
                        + " data cross the network readable. Run bin/guanai-https --only, or listen on this machine only"
                        + " (org.ops4j.pax.web.listening.addresses = 127.0.0.1 in etc/org.ops4j.pax.web.cfg).",
                        c.getHost() == null ? "all addresses" : c.getHost(), c.getPort());
            }
        }
    }

    /** Whether a connector bound to {@code host} (null: every address) is reachable from this machine only. */
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
