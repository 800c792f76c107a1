package org.guanai.http.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server (pax-web's Jetty) as Guanai runs it. A Jetty customizer, which pax-web applies to every
 * connector and which sees every request before any web context does: it sets the security headers on every
 * response ({@link SecurityHeaders}), and gives the server {@link ProblemErrorHandler} for the refusals Jetty makes
 * itself. It reads pax-web's own configuration, at start and when it changes, to warn while plain HTTP answers
 * beyond this machine.
 *
 * <p>Why a customizer, not a Jetty handler: pax-web restarts its whole server for a handler that appears after
 * the server started, and fails to start when one is there before it. A customizer joins the running server. The
 * price: it meets the server with the first request, so the refusals Jetty makes before that one (it parses a
 * request before any customizer sees it) still get Jetty's own page.
 */
@Component(service = {HttpConfiguration.Customizer.class, ConfigurationListener.class})
public class WebHardening implements HttpConfiguration.Customizer, ConfigurationListener {
    static final String PAX_WEB = "org.ops4j.pax.web";
    private static final Logger LOG = LoggerFactory.getLogger(WebHardening.class);

    /** pax-web's configuration is bound to pax-web: read, not received, so this component never takes it. */
    @Reference
    ConfigurationAdmin configurations;

    @Activate
    void activate() {
        check();
    }

    /** pax-web's configuration changed (bin/guanai-https, config:property-set): look again. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (PAX_WEB.equals(event.getPid()) && event.getType() == ConfigurationEvent.CM_UPDATED) {
            check();
        }
    }

    private void check() {
        Map<String, Object> paxWeb = new HashMap<>();
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + PAX_WEB + ")");
            if (found != null && found.length > 0 && found[0].getProperties() != null) {
                Dictionary<String, Object> properties = found[0].getProperties();
                for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                    String key = keys.nextElement();
                    paxWeb.put(key, properties.get(key));
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            LOG.debug("pax-web's configuration could not be read", e);
            return;
        }
        String exposed = clearTextBeyondThisMachine(paxWeb);
        if (exposed != null) {
            LOG.warn("Guanai answers plain HTTP on {}, beyond this machine: passwords (HTTP Basic) and personal data"
                    + " cross the network readable. Run bin/guanai-https --only, or listen on this machine only"
                    + " (org.ops4j.pax.web.listening.addresses = 127.0.0.1 in etc/org.ops4j.pax.web.cfg).", exposed);
        }
    }

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        ProblemErrorHandler.installOn(connector.getServer());
        SecurityHeaders.apply(request.getResponse()::setHeader, request.isSecure());
    }

    /**
     * Where plain HTTP answers beyond this machine ("0.0.0.0:8181"), or null when it does not: HTTP switched
     * off, or every listening address a loopback one.
     */
    static String clearTextBeyondThisMachine(Map<String, Object> paxWeb) {
        if (!Boolean.parseBoolean(String.valueOf(paxWeb.getOrDefault("org.osgi.service.http.enabled", "true")).trim())) {
            return null;
        }
        Object port = paxWeb.getOrDefault("org.osgi.service.http.port", "8181");
        String addresses = String.valueOf(paxWeb.getOrDefault("org.ops4j.pax.web.listening.addresses", "0.0.0.0"));
        for (String address : addresses.split(",")) {
            if (!SecurityHeaders.isThisMachineOnly(address.strip())) {
                return address.strip() + ":" + String.valueOf(port).strip();
            }
        }
        return null;
    }

    /** For tests: a server as pax-web makes it. */
    static void installOn(Server server) {
        ProblemErrorHandler.installOn(server);
    }
}
