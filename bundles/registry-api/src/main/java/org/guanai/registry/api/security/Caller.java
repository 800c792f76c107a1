package org.guanai.registry.api.security;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authenticated user a call is made for: name, roles, where the call came from, and whether it asked
 * to see ID numbers and phones in full (with the reason it gave). Immutable.
 *
 * <p>The REST layer makes one per request and the console one per command (from the session's JAAS
 * subject); see {@link CallerContext}. Services read it to scope, mask and audit what they do.
 */
public final class Caller {

    /** Where a console command comes from. */
    public static final String CONSOLE = "console";

    private final String user;
    private final Set<String> roles;
    private final String origin;
    private final String unmaskReason;

    private Caller(String user, Set<String> roles, String origin, String unmaskReason) {
        this.user = Objects.requireNonNull(user, "user");
        this.roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        this.origin = origin == null ? "unknown" : origin;
        this.unmaskReason = unmaskReason;
    }

    /**
     * @param user   the login name
     * @param roles  the user's JAAS roles
     * @param origin the remote address of a REST call, or {@link #CONSOLE}
     */
    public static Caller of(String user, Set<String> roles, String origin) {
        return new Caller(user, roles, origin, null);
    }

    /** The same caller, asking to see ID numbers and phones in full for {@code reason}. */
    public Caller unmasking(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a full view needs a reason");
        }
        return new Caller(user, roles, origin, reason.strip());
    }

    public String user() {
        return user;
    }

    /** Sorted, unmodifiable. */
    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The remote address of a REST call, or {@link #CONSOLE}. */
    public String origin() {
        return origin;
    }

    /** The reason given for a full view of ID numbers and phones, if the call asked for one. */
    public Optional<String> unmaskReason() {
        return Optional.ofNullable(unmaskReason);
    }

    @Override
    public String toString() {
        return user + roles + "@" + origin + (unmaskReason == null ? "" : " unmasking");
    }
}
