package org.guanai.registry.internal.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.guanai.registry.internal.security.RoleStore;

/** Users and roles in a map, standing in for the karaf JAAS realm; {@link #groupRoles} come from a group. */
final class FakeRoles implements RoleStore {
    final Map<String, Set<String>> own = new TreeMap<>();
    final Map<String, Set<String>> groupRoles = new TreeMap<>();

    FakeRoles user(String name, String... roles) {
        own.put(name, new TreeSet<>(Set.of(roles)));
        return this;
    }

    @Override
    public Map<String, Set<String>> users() {
        Map<String, Set<String>> users = new TreeMap<>();
        own.keySet().forEach(u -> users.put(u, roles(u).orElseThrow()));
        return users;
    }

    @Override
    public Optional<Set<String>> roles(String user) {
        if (!own.containsKey(user)) {
            return Optional.empty();
        }
        Set<String> all = new TreeSet<>(own.get(user));
        all.addAll(groupRoles.getOrDefault(user, Set.of()));
        return Optional.of(all);
    }

    @Override
    public void setRoles(String user, Set<String> managed, Set<String> wanted) {
        Set<String> roles = own.get(user);
        roles.removeIf(r -> managed.contains(r) && !wanted.contains(r));
        wanted.stream().filter(r -> !groupRoles.getOrDefault(user, Set.of()).contains(r)).forEach(roles::add);
    }
}
