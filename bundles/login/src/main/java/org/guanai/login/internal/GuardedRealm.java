package org.guanai.login.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.AccessChangeListener;
import org.guanai.registry.api.security.LoginLockouts;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The karaf JAAS realm, guarded. Karaf's own realm of that name (users.properties, public keys, its audit
 * modules) stays as it is configured; this one, ranked above it, is the same modules behind a
 * {@link GuardLoginModule}. Everything that logs in to the realm goes through it: REST (its {@code JaasLogin}),
 * the SSH console and {@code bin/client}, JMX. So one lockout covers them all, and every failure is audited.
 *
 * <p>The lockout state lives in the registry's database when the registry is there ({@link LoginLockouts}, so a
 * lockout through one node holds on every node of one database), and in this component as well: a configuration change keeps current locks, and a realm
 * or audit trail that comes and goes does not reset it (both references are dynamic).
 */
@Component(service = JaasRealm.class, configurationPid = GuardedRealm.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = GuardedRealm.MARK + "=true")
@Designate(ocd = GuardedRealm.Config.class)
public class GuardedRealm implements JaasRealm {
    static final String PID = "org.guanai.login";
    static final String NAME = "karaf";
    /** Above Karaf's own realm (0). */
    static final int RANK = 100;
    /** Marks this realm's service, so it never wraps itself. */
    static final String MARK = "guanai.guarded";
    static final int MAX_FAILURES = 100;
    static final long MAX_MINUTES = 7 * 24 * 60;
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final Logger LOG = LoggerFactory.getLogger(GuardedRealm.class);

    @ObjectClassDefinition(name = "Guanai login",
            description = "Lockout of the karaf realm, for REST, the SSH console and JMX alike")
    public @interface Config {
        @AttributeDefinition(name = "Failed logins before lockout",
                description = "This many failed logins of one user name within the window lock it (1-100)")
        int lockout_failures() default 5;

        @AttributeDefinition(name = "Lockout window (minutes)",
                description = "The period in which failed logins are counted")
        long lockout_window_minutes() default 15;

        @AttributeDefinition(name = "Lockout (minutes)",
                description = "How long a locked user name is refused, even with the right password")
        long lockout_minutes() default 15;
    }

    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final List<AccessChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final LoginGuard guard;
    private final long bundleId;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AuditService audit;

    /** The registry's lockouts, shared by every node on its database; without it this node counts alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile LoginLockouts lockouts;

    @Activate
    public GuardedRealm(BundleContext context, Config config) {
        this(context.getBundle().getBundleId(), config);
    }

    GuardedRealm(long bundleId, Config config) {
        this.bundleId = bundleId;
        this.guard = new LoginGuard(new LoginThrottle(lockout(config), System::nanoTime), () -> lockouts, () -> audit,
                name -> listeners.forEach(l -> l.accessChanged(name)));
    }

    @Modified
    void modified(Config config) {
        guard.throttle().configure(lockout(config));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + MARK + "=true))")
    void bindRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void unbindRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    /** Told when a name is locked out, e.g. the REST layer, which then forgets the logins it remembers. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindListener(AccessChangeListener listener) {
        listeners.add(listener);
    }

    void unbindListener(AccessChangeListener listener) {
        listeners.remove(listener);
    }

    LoginGuard guard() {
        return guard;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    /**
     * The guard, REQUISITE, then the modules of the best other realm named karaf, as that realm gives them
     * now. Without one, the guard alone: it decides nothing, so every login fails (closed, not open).
     */
    @Override
    public AppConfigurationEntry[] getEntries() {
        JaasRealm delegate = null;
        for (JaasRealm realm : realms) {
            if (NAME.equals(realm.getName()) && (delegate == null || realm.getRank() > delegate.getRank())) {
                delegate = realm;
            }
        }
        AppConfigurationEntry[] theirs = delegate == null ? new AppConfigurationEntry[0] : delegate.getEntries();
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, GuardLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleId));
        options.put(LoginGuard.OPTION, guard);
        for (AppConfigurationEntry entry : theirs) {
            if (PROPERTIES_MODULE.equals(entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE))
                    && entry.getOptions().get(GuardLoginModule.USERS) != null) {
                options.put(GuardLoginModule.USERS, entry.getOptions().get(GuardLoginModule.USERS));
            }
        }
        List<AppConfigurationEntry> entries = new ArrayList<>();
        entries.add(new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUISITE,
                options));
        entries.addAll(List.of(theirs));
        return entries.toArray(new AppConfigurationEntry[0]);
    }

    /** The lockout configured; a value out of range falls back to its default (with a warning), never to "off". */
    static LoginThrottle.Settings lockout(Config config) {
        LoginThrottle.Settings d = LoginThrottle.Settings.DEFAULT;
        int failures = config.lockout_failures();
        if (failures < 1 || failures > MAX_FAILURES) {
            LOG.warn("{}: lockout.failures={} is not in 1-{}; using {}", PID, failures, MAX_FAILURES, d.failures);
            failures = d.failures;
        }
        return LoginThrottle.Settings.minutes(failures,
                minutes("lockout.window.minutes", config.lockout_window_minutes(), d.windowMinutes()),
                minutes("lockout.minutes", config.lockout_minutes(), d.lockMinutes()));
    }

    private static long minutes(String key, long value, long fallback) {
        if (value < 1 || value > MAX_MINUTES) {
            LOG.warn("{}: {}={} is not in 1-{}; using {}", PID, key, value, MAX_MINUTES, fallback);
            return fallback;
        }
        return value;
    }
}
