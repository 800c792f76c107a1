package org.guanai.login.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.junit.Test;

public class GuardedRealmTest {

    private static final String PROPERTIES = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";

    @Test
    public void theGuardComesFirstThenKarafsOwnModulesAsTheyAre() {
        GuardedRealm guarded = new GuardedRealm(42, config(Map.of()));
        AppConfigurationEntry properties = entry(PROPERTIES, LoginModuleControlFlag.OPTIONAL,
                Map.of("users", "/opt/guanai/etc/users.properties"));
        AppConfigurationEntry keys = entry("org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule",
                LoginModuleControlFlag.OPTIONAL, Map.of());
        guarded.bindRealm(realm("other", 5, entry("x", LoginModuleControlFlag.REQUIRED, Map.of())));
        guarded.bindRealm(realm("karaf", 0, properties, keys));

        AppConfigurationEntry[] entries = guarded.getEntries();
        assertEquals(3, entries.length);
        assertEquals(LoginModuleControlFlag.REQUISITE, entries[0].getControlFlag());
        assertEquals(ProxyLoginModule.class.getName(), entries[0].getLoginModuleName());
        assertEquals(GuardLoginModule.class.getName(), entries[0].getOptions().get(ProxyLoginModule.PROPERTY_MODULE));
        assertEquals("42", entries[0].getOptions().get(ProxyLoginModule.PROPERTY_BUNDLE));
        assertSame(guarded.guard(), entries[0].getOptions().get(LoginGuard.OPTION));
        assertEquals("/opt/guanai/etc/users.properties", entries[0].getOptions().get(GuardLoginModule.USERS));
        assertSame(properties, entries[1]);
        assertSame(keys, entries[2]);
        assertEquals("karaf", guarded.getName());
        assertEquals(100, guarded.getRank());
    }

    @Test
    public void withoutKarafsRealmOnlyTheGuardIsLeftWhichLetsNobodyIn() {
        AppConfigurationEntry[] entries = new GuardedRealm(42, config(Map.of())).getEntries();
        assertEquals(1, entries.length);
        assertEquals(GuardLoginModule.class.getName(), entries[0].getOptions().get(ProxyLoginModule.PROPERTY_MODULE));
    }

    @Test
    public void lockoutDefaultsConfiguredValuesAndValuesOutOfRange() {
        LoginThrottle.Settings defaults = GuardedRealm.lockout(config(Map.of()));
        assertEquals(5, defaults.failures);
        assertEquals(15, defaults.windowMinutes());
        assertEquals(15, defaults.lockMinutes());
        LoginThrottle.Settings set = GuardedRealm.lockout(config(Map.of("lockout_failures", 3,
                "lockout_window_minutes", 10L, "lockout_minutes", 60L)));
        assertEquals(3, set.failures);
        assertEquals(10, set.windowMinutes());
        assertEquals(60, set.lockMinutes());
        LoginThrottle.Settings off = GuardedRealm.lockout(config(Map.of("lockout_failures", 0,
                "lockout_window_minutes", -1L, "lockout_minutes", 0L)));
        assertEquals("never off", 5, off.failures);
        assertEquals(15, off.windowMinutes());
        assertEquals(15, off.lockMinutes());
    }

    @Test
    public void aNewConfigurationReachesTheLockoutAndKeepsIt() {
        GuardedRealm guarded = new GuardedRealm(42, config(Map.of()));
        guarded.modified(config(Map.of("lockout_failures", 2)));
        assertEquals(2, guarded.guard().throttle().settings().failures);
    }

    private static AppConfigurationEntry entry(String module, LoginModuleControlFlag flag, Map<String, Object> options) {
        Map<String, Object> all = new java.util.HashMap<>(options);
        all.put(ProxyLoginModule.PROPERTY_MODULE, module);
        return new AppConfigurationEntry(ProxyLoginModule.class.getName(), flag, all);
    }

    private static JaasRealm realm(String name, int rank, AppConfigurationEntry... entries) {
        return new JaasRealm() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public int getRank() {
                return rank;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return List.of(entries).toArray(new AppConfigurationEntry[0]);
            }
        };
    }

    /** The config as DS would build it: the given values, annotation defaults for the rest. */
    static GuardedRealm.Config config(Map<String, Object> values) {
        return (GuardedRealm.Config) Proxy.newProxyInstance(GuardedRealmTest.class.getClassLoader(),
                new Class<?>[] {GuardedRealm.Config.class},
                (proxy, m, args) -> values.containsKey(m.getName()) ? values.get(m.getName()) : m.getDefaultValue());
    }
}
