package org.guanai.registry.internal.divisions;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the county set up at the console in the registry's configuration ({@code etc/org.guanai.registry.cfg}):
 * its code, and no name or divisions file of an earlier county (the sample's), so a restart applies nothing else.
 */
public final class CountyConfig {

    private static final Logger LOG = LoggerFactory.getLogger(CountyConfig.class);

    private CountyConfig() {
    }

    public static void remember(ConfigurationAdmin configurations, String pid, String code) {
        if (configurations == null) {
            return;
        }
        try {
            Configuration c = configurations.getConfiguration(pid, "?");
            Dictionary<String, Object> p = c.getProperties();
            if (p == null) {
                p = new Hashtable<>();
            }
            p.put("county.code", code);
            p.remove("county.name");
            p.remove("divisions.csv");
            c.update(p);
        } catch (IOException | RuntimeException e) {
            LOG.warn("County {} is set up; recording it in {}.cfg failed", code, pid, e);
        }
    }
}
