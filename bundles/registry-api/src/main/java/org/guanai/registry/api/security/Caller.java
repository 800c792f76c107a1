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

    /** Where a command typed at the local console (bin/karaf) comes from. */
    public static final String CONSOLE = "console";
    /** The channel of a REST request, in {@link #origin(String, String)}. */
    public static final String REST = "rest";
    /** The channel of an SSH login or console session (bin/client, ssh), in {@link #origin(String, String)}. */
    public static final String SSH = "ssh";

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
     * @param origin where the call came from: {@link #origin(String, String)} of its channel and the client's
     *               address ({@code rest 10.0.0.23}, {@code ssh 10.0.0.23}), or {@link #CONSOLE}
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

    /** Where the call came from: {@code rest 10.0.0.23}, {@code ssh 10.0.0.23}, or {@link #CONSOLE}. */
    public String origin() {
        return origin;
    }

    /**
     * An origin as the audit trail records it: the channel and the client's address, e.g. {@code rest 10.0.0.23}
     * or {@code ssh 10.0.0.23}. An address as a socket prints it loses its slash, and an SSH client's
     * ({@code /10.0.0.23:52113}) its port.
     */
    public static String origin(String channel, String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        if (a.startsWith("/")) {
            a = a.substring(1);
        }
        if (SSH.equals(channel)) {
            a = a.replaceFirst("^\\[?([^\\]]*?)\\]?:\\d+$", "$1");
        }
        return (channel == null || channel.isBlank() ? "unknown" : channel.strip()) + " " + a;
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
