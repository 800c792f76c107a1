package org.guanai.testing.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.SmallCells;
import org.guanai.registry.api.security.Visibility;

/**
 * Who sees what, as a test sets it, for the caller bound with {@link CallerContext}: everyone sees the whole county
 * unless given a scope ({@link #scope}); the full-view roles are the shipped default (admin, county, township);
 * sensitive data is read by admin and the roles a test gives ({@link #readers}); cells below 5 are suppressed for the
 * others. Without a caller everything is visible, as for trusted code in the container.
 */
public class FakeVisibility implements Visibility {
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, Set<String>> readers = new HashMap<>();
    private Set<String> fullViewRoles = Set.of(Roles.ADMIN, Roles.COUNTY, Roles.TOWNSHIP);
    private int minimumCell = 5;

    /** {@code user} sees {@code scope} from now on. */
    public FakeVisibility scope(String user, Scope scope) {
        scopes.put(user, scope);
        return this;
    }

    /** The sensitive data {@code key} is read by these roles (and admin). */
    public FakeVisibility readers(String key, String... roles) {
        readers.put(key, Set.of(roles));
        return this;
    }

    public FakeVisibility fullViewRoles(Set<String> roles) {
        fullViewRoles = Set.copyOf(roles);
        return this;
    }

    public FakeVisibility minimumCell(int minimum) {
        minimumCell = minimum;
        return this;
    }

    private static Optional<Caller> caller() {
        return CallerContext.current();
    }

    @Override
    public Scope scope() {
        return caller().map(c -> scopes.getOrDefault(c.user(), Scope.all())).orElse(Scope.all());
    }

    @Override
    public boolean seesInFull() {
        return caller().map(c -> c.unmaskReason().isPresent() && c.roles().stream().anyMatch(fullViewRoles::contains))
                .orElse(true);
    }

    @Override
    public boolean mayRead(String key) {
        return caller().map(c -> c.hasRole(Roles.ADMIN)
                || readers.getOrDefault(key, Set.of()).stream().anyMatch(c::hasRole)).orElse(true);
    }

    @Override
    public SmallCells cells(String key) {
        return mayRead(key) ? SmallCells.none() : SmallCells.minimum(minimumCell);
    }

    @Override
    public Collection<String> fullViewRoles() {
        return fullViewRoles;
    }

    @Override
    public Caller unmasking(Caller caller, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "is required");
        }
        if (caller.roles().stream().noneMatch(fullViewRoles::contains)) {
            throw new AccessRefusedException("your role may not see ID numbers and phones in full");
        }
        return caller.unmasking(reason);
    }
}
