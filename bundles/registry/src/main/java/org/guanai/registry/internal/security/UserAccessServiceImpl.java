package org.guanai.registry.internal.security;

import static org.guanai.registry.internal.RegistryText.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.internal.service.NameText;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.AccessChangeListener;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.RoleDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.registry.api.spi.ModuleRole;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users' divisions (table user_divisions) and roles (the karaf JAAS realm), and each caller's {@link Scope} that
 * follows from them. The roles given here are the registry's and those the installed modules bring. Nothing is
 * cached: a change applies to the next call.
 */
@Component(service = UserAccessService.class)
public class UserAccessServiceImpl implements UserAccessService {

    static final String REALM = "karaf";
    /** The registry's own roles, which an administrator gives and takes here; Karaf's own (ssh, manager …) are left alone. */
    public static final List<RoleDTO> REGISTRY_ROLES = List.of(role(Roles.ADMIN), role(Roles.COUNTY),
            role(Roles.TOWNSHIP), role(Roles.HEALTH), role(Roles.LEGAL), role(Roles.VIEWER));

    private static final String ROLE_LABEL = "role.";

    /** A registry role with its label ({@code role.<name>} in {@link NameText}'s bundle) in both languages. */
    static RoleDTO role(String name) {
        String key = ROLE_LABEL + name;
        return new RoleDTO(name, NameText.zh(key), NameText.en(key), "registry");
    }

    private static final Logger LOG = LoggerFactory.getLogger(UserAccessServiceImpl.class);

    private final JpaTemplate jpa;
    private final DivisionService divisions;
    private final RoleStore roleStore;
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final List<BackingEngineFactory> engineFactories = new CopyOnWriteArrayList<>();
    private final List<AccessChangeListener> listeners = new CopyOnWriteArrayList<>();

    /** The installed modules, whose roles an administrator gives here too. */
    @Reference
    volatile InstalledModules modules;

    @Activate
    public UserAccessServiceImpl(@Reference(name = "jpa", target = "(osgi.unit.name=guanai-registry)") JpaTemplate jpa,
                                 @Reference(name = "divisions") DivisionService divisions,
                                 @Reference(name = "schema") RegistrySchema schema) {
        this.jpa = jpa;
        this.divisions = divisions;
        this.roleStore = new JaasRoleStore(REALM, () -> new ArrayList<>(realms), () -> new ArrayList<>(engineFactories));
    }

    /** For tests: roles from {@code roleStore}, those of the modules in {@code modules}. */
    public UserAccessServiceImpl(JpaTemplate jpa, DivisionService divisions, RoleStore roleStore,
                                 InstalledModules modules) {
        this.jpa = jpa;
        this.divisions = divisions;
        this.roleStore = roleStore;
        this.modules = modules;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRealm(JaasRealm realm) {
        realms.add(realm);
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEngineFactory(BackingEngineFactory factory) {
        engineFactories.add(factory);
    }

    void removeEngineFactory(BackingEngineFactory factory) {
        engineFactories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addListener(AccessChangeListener listener) {
        listeners.add(listener);
    }

    void removeListener(AccessChangeListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<UserAccessDTO> users() {
        Map<String, Set<String>> roles = roleStore.users();
        Map<String, List<String>> assigned = allDivisions();
        Set<String> names = new TreeSet<>(roles.keySet());
        names.addAll(assigned.keySet());
        List<UserAccessDTO> users = new ArrayList<>();
        for (String name : names) {
            users.add(dto(name, roles.getOrDefault(name, Set.of()), assigned.getOrDefault(name, List.of())));
        }
        return users;
    }

    @Override
    public UserAccessDTO user(String name) {
        String user = name(name);
        Set<String> roles = roleStore.roles(user).orElse(null);
        List<String> assigned = divisionsOf(user);
        if (roles == null && assigned.isEmpty()) {
            throw new NotFoundException("user", user);
        }
        return dto(user, roles == null ? Set.of() : roles, assigned);
    }

    @Override
    public UserAccessDTO setDivisions(String name, Collection<String> codes) {
        String user = name(name);
        Set<String> valid = validDivisions(codes);
        requireUser(user);
        jpa.tx(TransactionType.Required, em -> {
            em.createNativeQuery("DELETE FROM user_divisions WHERE user_name = ?").setParameter(1, user)
                    .executeUpdate();
            for (String code : valid) {
                em.createNativeQuery("INSERT INTO user_divisions (user_name, division_code) VALUES (?, ?)")
                        .setParameter(1, user).setParameter(2, code).executeUpdate();
            }
        });
        LOG.info("Divisions of user {} set to {}", user, valid);
        changed(user);
        return user(user);
    }

    @Override
    public UserAccessDTO setRoles(String name, Collection<String> roles) {
        String user = name(name);
        Checks checks = new Checks();
        Set<String> wanted = new TreeSet<>();
        Set<String> managed = roleNames();
        List<String> given = roles == null ? List.of() : new ArrayList<>(roles);
        for (int i = 0; i < given.size(); i++) {
            String role = given.get(i) == null ? null : given.get(i).trim();
            boolean known = role != null && managed.contains(role);
            checks.check(known, "roles[" + i + "]", text("access.unknownRole", String.valueOf(given.get(i)), String.join(", ", managed)));
            if (known) {
                wanted.add(role);
            }
        }
        checks.throwIfAny();
        requireUser(user);
        roleStore.setRoles(user, managed, wanted);
        LOG.info("Guanai roles of user {} set to {}", user, wanted);
        changed(user);
        return user(user);
    }

    @Override
    public Scope scopeOf(Caller caller) {
        if (caller == null || caller.hasRole(Roles.ADMIN)) {
            return Scope.all();
        }
        List<String> assigned = divisionsOf(caller.user());
        if (assigned.isEmpty()) {
            return caller.hasRole(Roles.TOWNSHIP) && !caller.hasRole(Roles.COUNTY) ? Scope.nothing() : Scope.all();
        }
        Set<String> townships = new TreeSet<>();
        Set<String> villages = new TreeSet<>();
        for (String code : assigned) {
            (code.length() == 9 ? townships : villages).add(code);
        }
        return Scope.of(townships, villages);
    }

    @Override
    public List<RoleDTO> roles() {
        List<RoleDTO> roles = new ArrayList<>(REGISTRY_ROLES);
        Set<String> names = new TreeSet<>();
        REGISTRY_ROLES.forEach(r -> names.add(r.name));
        List<RoleDTO> added = new ArrayList<>();
        for (ModuleRole role : modules == null ? List.<ModuleRole>of() : modules.roles()) {
            if (names.add(role.name())) {
                added.add(new RoleDTO(role.name(), role.nameZh(), role.nameEn(), modules.moduleOf(role)));
            }
        }
        added.sort(Comparator.comparing(r -> r.name));
        roles.addAll(added);
        return roles;
    }

    /** The names of {@link #roles()}: what an administrator gives and takes here. */
    Set<String> roleNames() {
        Set<String> names = new TreeSet<>();
        roles().forEach(r -> names.add(r.name));
        return names;
    }

    private UserAccessDTO dto(String name, Set<String> roles, List<String> assigned) {
        UserAccessDTO d = new UserAccessDTO();
        d.name = name;
        d.roles = new ArrayList<>(new TreeSet<>(roles));
        d.divisions = new ArrayList<>(assigned);
        Scope scope = scopeOf(Caller.of(name, roles, "lookup"));
        d.scope = scope.isAll() ? "all" : scope.isNothing() ? "nothing" : "assigned";
        return d;
    }

    private Set<String> validDivisions(Collection<String> codes) {
        Checks checks = new Checks();
        Set<String> valid = new LinkedHashSet<>();
        List<String> given = codes == null ? List.of() : new ArrayList<>(codes);
        String county = divisions.county().code;
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).trim();
            DivisionDTO d = code.isEmpty() ? null : divisions.find(code).orElse(null);
            boolean ok = d != null && (d.level == DivisionLevel.TOWNSHIP && county.equals(d.parentCode)
                    || d.level == DivisionLevel.VILLAGE);
            checks.check(ok, "divisions[" + i + "]", text("division.notTownshipOrVillage",
                    code.isEmpty() ? text("division.empty") : code));
            if (ok) {
                valid.add(code);
            }
        }
        checks.throwIfAny();
        return new TreeSet<>(valid);
    }

    private void requireUser(String user) {
        if (roleStore.roles(user).isEmpty()) {
            throw new NotFoundException("user", user);
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", text("required"));
        }
        return name.trim();
    }

    private List<String> divisionsOf(String user) {
        return jpa.txExpr(TransactionType.Required, em -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery(
                    "SELECT division_code FROM user_divisions WHERE user_name = ? ORDER BY division_code")
                    .setParameter(1, user).getResultList();
            List<String> codes = new ArrayList<>();
            rows.forEach(r -> codes.add(String.valueOf(r)));
            return codes;
        });
    }

    private Map<String, List<String>> allDivisions() {
        return jpa.txExpr(TransactionType.Required, em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "SELECT user_name, division_code FROM user_divisions ORDER BY user_name, division_code")
                    .getResultList();
            Map<String, List<String>> byUser = new TreeMap<>();
            for (Object[] row : rows) {
                byUser.computeIfAbsent(String.valueOf(row[0]), u -> new ArrayList<>()).add(String.valueOf(row[1]));
            }
            return byUser;
        });
    }

    private void changed(String user) {
        for (AccessChangeListener listener : listeners) {
            try {
                listener.accessChanged(user);
            } catch (RuntimeException e) {
                LOG.warn("Access change listener {} failed", listener.getClass().getName(), e);
            }
        }
    }
}
