package org.guanai.registry.api.security;

import java.util.Collection;
import java.util.List;

/**
 * Users as the administrator manages them: their roles and the divisions they see. Divisions are kept in the
 * registry database, roles in the Karaf JAAS realm; both take effect on the next call. What a caller may see
 * follows from them and is decided by {@link Visibility}.
 *
 * <p>Scope rules: {@code admin} sees the whole county; township staff ({@code township}) see only their
 * assigned divisions, nothing while none is assigned; any other user sees the whole county unless
 * divisions are assigned to them, then only those.
 */
@org.osgi.annotation.versioning.ProviderType
public interface UserAccessService {

    /** Every user of the realm (and every user with assigned divisions), by name. */
    List<UserAccessDTO> users();

    /** @throws org.guanai.registry.api.NotFoundException when the realm has no such user */
    UserAccessDTO user(String name);

    /**
     * Replaces the user's divisions with {@code codes} (townships or villages of the county; empty clears
     * them). A bad code is a {@link org.guanai.registry.api.ValidationException} naming {@code divisions[i]}.
     */
    UserAccessDTO setDivisions(String name, Collection<String> codes);

    /**
     * Replaces the user's own roles with {@code roles} (each one of {@link #roles()});
     * roles given through a group (e.g. {@code _g_:admingroup}) stay. An unknown role is a validation error
     * naming {@code roles[i]}.
     */
    UserAccessDTO setRoles(String name, Collection<String> roles);

    /** What this caller may see; {@link Scope#all()} for no caller (trusted code inside the container). */
    Scope scopeOf(Caller caller);

    /** The roles an administrator gives here: the registry's, then those of the installed modules, by name. */
    List<RoleDTO> roles();
}
