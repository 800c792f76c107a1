package org.guanai.login.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the {@code guanai} encryption ({@link GuanaiEncryption}) as soon as this bundle starts.
 *
 * <p>Karaf's JAAS modules, on start, open a thread that encrypts clear-text passwords in users.properties; it waits
 * up to 20 s for the encryption named in etc/org.apache.karaf.jaas.cfg, and the same start closes that thread again
 * (a reconfiguration), waiting up to 10 s for it. Karaf starts its JAAS bundles before this one, so the encryption
 * was not there yet and every boot stood still for 10 s (issue #15, measured with JFR). This bundle now starts one
 * level earlier (feature guanai-login, start-level 29) and registers the service itself, without waiting for SCR
 * (level 30): the encryption is there before Karaf's JAAS bundles look for it.
 */
public final class Activator implements BundleActivator {

    private ServiceRegistration<EncryptionService> registration;

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("name", GuanaiEncryption.NAME);
        registration = context.registerService(EncryptionService.class, new GuanaiEncryption(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
