package org.guanai.registry.internal.security;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.SmallCells;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.spi.SensitiveData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's answer to who sees what (see {@link Visibility}): the caller's scope from their divisions, full
 * views for the {@code fullview.roles}, modules' sensitive data for the roles each module declares, and small cells
 * suppressed below {@code smallcell.minimum}. Configured with the rest of the registry (PID {@code org.guanai.registry},
 * described in DivisionServiceImpl); a change applies to the next call.
 */
@Component(service = Visibility.class, configurationPid = VisibilityImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class VisibilityImpl implements Visibility {

    static final String PID = "org.guanai.registry";
    /** The longest reason a full view may give. */
    public static final int REASON_MAX = 500;
    static final String NO_FULL_VIEW = "access.noFullView";
    private static final Logger LOG = LoggerFactory.getLogger(VisibilityImpl.class);

    /** The part of the registry configuration read here. */
    public @interface Config {
        String[] fullview_roles() default {Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP};

        int smallcell_minimum() default 5;
    }

    private final UserAccessService access;
    private final InstalledModules modules;
    private volatile Set<String> fullViewRoles;
    private volatile SmallCells smallCells;

    @Activate
    public VisibilityImpl(@Reference(name = "access") UserAccessService access,
                          @Reference(name = "modules") InstalledModules modules, Config config) {
        this.access = access;
        this.modules = modules;
        configure(config);
    }

    /** For tests: these full-view roles and minimum cell. */
    public VisibilityImpl(UserAccessService access, InstalledModules modules, Set<String> fullViewRoles,
                          int smallCellMinimum) {
        this.access = access;
        this.modules = modules;
        this.fullViewRoles = Set.copyOf(fullViewRoles);
        this.smallCells = SmallCells.minimum(smallCellMinimum);
    }

    /** For tests: from now on these roles may ask for full views. */
    public void setFullViewRoles(Set<String> roles) {
        fullViewRoles = Set.copyOf(roles);
    }

    @Modified
    void configure(Config config) {
        fullViewRoles = parseRoles(config.fullview_roles());
        int minimum = config.smallcell_minimum();
        if (minimum < 1 || minimum > 100) {
            LOG.warn("{}: smallcell.minimum={} is not in 1-100; using 5", PID, minimum);
            minimum = 5;
        }
        smallCells = SmallCells.minimum(minimum);
    }

    /** "admin, county" written in one .cfg value arrives as one string: split on commas too. */
    static Set<String> parseRoles(String[] values) {
        Set<String> roles = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(roles::add);
            }
        }
        if (roles.isEmpty()) {
            LOG.warn("{}: fullview.roles is empty; nobody but trusted code sees ID numbers and phones in full", PID);
        }
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public Scope scope() {
        Optional<Caller> caller = CallerContext.current();
        return caller.isEmpty() ? Scope.all() : access.scopeOf(caller.get());
    }

    @Override
    public boolean seesInFull() {
        Optional<Caller> caller = CallerContext.current();
        return caller.isEmpty() || caller.get().unmaskReason().isPresent() && mayAskFullView(caller.get());
    }

    @Override
    public boolean mayRead(String key) {
        Optional<Caller> caller = CallerContext.current();
        if (caller.isEmpty() || caller.get().hasRole(Roles.ADMIN)) {
            return true;
        }
        Optional<SensitiveData> data = modules.sensitiveData(key);
        return data.isPresent() && data.get().readers().stream().anyMatch(caller.get()::hasRole);
    }

    @Override
    public SmallCells cells(String key) {
        return mayRead(key) ? SmallCells.none() : smallCells;
    }

    @Override
    public Collection<String> fullViewRoles() {
        return fullViewRoles;
    }

    @Override
    public Caller unmasking(Caller caller, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationException.of("reason", text("access.reasonRequired"));
        }
        if (why.length() > REASON_MAX) {
            throw ValidationException.of("reason", text("access.reasonTooLong", REASON_MAX));
        }
        if (!mayAskFullView(caller)) {
            throw new AccessRefusedException(text(NO_FULL_VIEW));
        }
        return caller.unmasking(why);
    }

    private boolean mayAskFullView(Caller caller) {
        return caller.roles().stream().anyMatch(fullViewRoles::contains);
    }
}
