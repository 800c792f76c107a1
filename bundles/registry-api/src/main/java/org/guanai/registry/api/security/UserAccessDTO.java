package org.guanai.registry.api.security;

import java.util.List;

/**
 * A user of the platform as the administrator manages it: roles and assigned divisions. In a request
 * body only the list being replaced is read; the lists start null so that a body without it is refused
 * rather than taken as "clear".
 */
public class UserAccessDTO {
    /** The login name in the JAAS realm. */
    public String name;
    /** The user's roles, those given through a group included. Sorted. */
    public List<String> roles;
    /** Assigned township (9-digit) and village (12-digit) codes, sorted; empty: none assigned. */
    public List<String> divisions;
    /**
     * Read-only: what the user sees: {@code all} (the whole county), {@code assigned} (the divisions
     * above) or {@code nothing} (township staff without a division).
     */
    public String scope;
}
