package org.guanai.registry.api.security;

import java.util.Collection;
import java.util.List;

/**
 * Who may see which part of the county, and who may see ID numbers and phones in full. Divisions are
 * kept in the registry database, roles in the Karaf JAAS realm; both take effect on the next call.
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
     * Replaces the user's own roles with {@code roles} (each one of {@link org.guanai.registry.api.Roles});
     * roles given through a group (e.g. {@code _g_:admingroup}) stay. An unknown role is a validation error
     * naming {@code roles[i]}.
     */
    UserAccessDTO setRoles(String name, Collection<String> roles);

    /** What this caller may see; {@link Scope#all()} for no caller (trusted code inside the container). */
    Scope scopeOf(Caller caller);

    /** The roles that may ask for ID numbers and phones in full ({@code fullview.roles}). */
    java.util.Set<String> fullViewRoles();

    /** True when {@code caller} holds a full-view role and asked for a full view ({@link Caller#unmaskReason()}). */
    default boolean seesInFull(Caller caller) {
        if (caller == null) {
            return true;
        }
        return caller.unmaskReason().isPresent() && caller.roles().stream().anyMatch(fullViewRoles()::contains);
    }
}
