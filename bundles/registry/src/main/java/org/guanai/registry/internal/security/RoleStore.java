package org.guanai.registry.internal.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where users and their roles live: the Karaf JAAS realm in the container, a map in tests. */
public interface RoleStore {

    /** Every user with their effective roles (those given through groups included). */
    Map<String, Set<String>> users();

    /** The user's effective roles, or empty when there is no such user. */
    Optional<Set<String>> roles(String user);

    /**
     * Gives the user exactly {@code wanted} of the {@code managed} roles: managed roles the user holds
     * directly and are not wanted are taken away, wanted ones the user lacks are added. Roles outside
     * {@code managed} (Karaf's own, e.g. ssh) and roles given through a group are left as they are.
     */
    void setRoles(String user, Set<String> managed, Set<String> wanted);
}
