package org.guanai.registry.internal.security;

import java.security.Principal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;

/**
 * Users and roles of a Karaf JAAS realm, read and changed through the realm's {@link BackingEngine}, as
 * Karaf's own {@code jaas:} commands do. A fresh engine per operation: the properties engine reads
 * etc/users.properties when it is built, so changes made meanwhile by {@code jaas:} or by hand are seen.
 */
final class JaasRoleStore implements RoleStore {

    private final String realmName;
    private final Supplier<List<JaasRealm>> realms;
    private final Supplier<List<BackingEngineFactory>> factories;

    JaasRoleStore(String realmName, Supplier<List<JaasRealm>> realms, Supplier<List<BackingEngineFactory>> factories) {
        this.realmName = realmName;
        this.realms = realms;
        this.factories = factories;
    }

    @Override
    public Map<String, Set<String>> users() {
        BackingEngine engine = engine();
        Map<String, Set<String>> users = new TreeMap<>();
        for (UserPrincipal user : engine.listUsers()) {
            users.put(user.getName(), names(engine.listRoles(user)));
        }
        return users;
    }

    @Override
    public Optional<Set<String>> roles(String user) {
        BackingEngine engine = engine();
        UserPrincipal principal = engine.lookupUser(user);
        return principal == null ? Optional.empty() : Optional.of(names(engine.listRoles(principal)));
    }

    @Override
    public void setRoles(String user, Set<String> managed, Set<String> wanted) {
        BackingEngine engine = engine();
        UserPrincipal principal = engine.lookupUser(user);
        if (principal == null) {
            throw new IllegalArgumentException("no user " + user);
        }
        Set<String> effective = names(engine.listRoles(principal));
        Set<String> fromGroups = new HashSet<>();
        for (GroupPrincipal group : engine.listGroups(principal)) {
            fromGroups.addAll(names(engine.listRoles(group)));
        }
        for (String role : effective) {
            if (managed.contains(role) && !wanted.contains(role) && !fromGroups.contains(role)) {
                engine.deleteRole(user, role);
            }
        }
        for (String role : wanted) {
            if (!effective.contains(role)) {
                engine.addRole(user, role);
            }
        }
    }

    private BackingEngine engine() {
        JaasRealm realm = realms.get().stream()
                .filter(r -> realmName.equals(r.getName()))
                .max(Comparator.comparingInt(JaasRealm::getRank))
                .orElseThrow(() -> new RealmUnavailableException("the JAAS realm " + realmName + " is not available"));
        BackingEngineService engines = new BackingEngineService();
        engines.setEngineFactories(factories.get());
        for (AppConfigurationEntry entry : realm.getEntries()) {
            if (entry.getLoginModuleName().toLowerCase().contains("publickey")) {
                continue; // keys, not roles
            }
            BackingEngine engine = engines.get(entry);
            if (engine != null) {
                return engine;
            }
        }
        throw new RealmUnavailableException("the JAAS realm " + realmName + " has no user store Guanai can edit");
    }

    private static Set<String> names(List<? extends Principal> principals) {
        return principals.stream().map(Principal::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
