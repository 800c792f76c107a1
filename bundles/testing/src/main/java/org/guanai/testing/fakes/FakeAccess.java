package org.guanai.testing.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;

/**
 * Users' scopes and the full-view roles, as a test sets them: everyone sees the whole county unless given a
 * scope with {@link #scope}; the full-view roles are the shipped default (admin, county, township).
 * Administration (users, roles, divisions) is not faked: tests of it use the registry's implementation.
 */
public class FakeAccess implements UserAccessService {
    private final Map<String, Scope> scopes = new HashMap<>();
    private Set<String> fullViewRoles = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP);

    /** {@code user} sees {@code scope} from now on. */
    public FakeAccess scope(String user, Scope scope) {
        scopes.put(user, scope);
        return this;
    }

    public FakeAccess fullViewRoles(Set<String> roles) {
        fullViewRoles = Set.copyOf(roles);
        return this;
    }

    @Override
    public Scope scopeOf(Caller caller) {
        return scopes.getOrDefault(caller.user(), Scope.all());
    }

    @Override
    public Set<String> fullViewRoles() {
        return fullViewRoles;
    }

    @Override
    public List<UserAccessDTO> users() {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public UserAccessDTO user(String name) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public UserAccessDTO setDivisions(String name, Collection<String> codes) {
        throw new UnsupportedOperationException("not faked");
    }

    @Override
    public UserAccessDTO setRoles(String name, Collection<String> roles) {
        throw new UnsupportedOperationException("not faked");
    }
}
