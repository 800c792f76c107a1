package org.guanai.rest.internal.auth;

import java.security.Principal;
import java.util.Set;

/** Who made the request, and their roles in the JAAS realm. */
public final class ApiUser implements Principal {
    private final String name;
    private final Set<String> roles;

    public ApiUser(String name, Set<String> roles) {
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public Set<String> roles() {
        return roles;
    }

    @Override
    public String toString() {
        return name;
    }
}
