package org.guanai.http.internal;

import java.util.Hashtable;

import org.eclipse.jetty.server.Handler;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers {@link SecurityHeaders} with pax-web, which puts OSGi {@link Handler} services of a positive ranking
 * in front of every web context of its Jetty.
 *
 * <p>A bundle activator, not a DS component, on purpose: pax-web restarts its whole server for a handler that
 * appears after the server was made, so this bundle starts (start level 29, see the feature) before
 * pax-web's Jetty bundle (30), when SCR is not running yet.
 */
public class HttpHardening implements BundleActivator {
    static final int RANKING = 1000;

    private ServiceRegistration<Handler> registration;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, RANKING);
        properties.put(Constants.SERVICE_DESCRIPTION, "Guanai: security headers, problem+json for Jetty's own errors");
        registration = context.registerService(Handler.class, new SecurityHeaders(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
