package org.guanai.registry.api.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.security.auth.Subject;

/**
 * The {@link Caller} of the work running on this thread.
 *
 * <p>The REST layer binds one for each request with {@link #bind}; a background job binds the caller that
 * started it. A console command needs nothing: Karaf runs it inside the session's JAAS subject, and
 * {@link #current()} reads the caller from there.
 *
 * <p>No caller means code inside the container that no user started (schema migration, a module's own
 * start-up): it is trusted. The entry points users reach, REST and the console, always have one.
 */
public final class CallerContext {

    private static final ThreadLocal<Caller> BOUND = new ThreadLocal<>();

    private CallerContext() {
    }

    /** The caller bound to this thread, else the console session's JAAS subject, else none. */
    public static Optional<Caller> current() {
        Caller bound = BOUND.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        return fromSubject(currentSubject());
    }

    /** Binds {@code caller} to this thread until the returned binding is closed (which restores the previous). */
    public static Binding bind(Caller caller) {
        Caller previous = BOUND.get();
        BOUND.set(caller);
        return () -> {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        };
    }

    /**
     * Forgets any caller bound to this thread. For entry points on pooled threads (the REST layer calls it
     * when a request starts and when it ends), so no request can inherit an earlier one's caller.
     */
    public static void clear() {
        BOUND.remove();
    }

    /** Runs {@code work} as {@code caller}. */
    public static <T> T callAs(Caller caller, Supplier<T> work) {
        try (Binding ignored = bind(caller)) {
            return work.get();
        }
    }

    /** Runs {@code work} as {@code caller}. */
    public static void runAs(Caller caller, Runnable work) {
        try (Binding ignored = bind(caller)) {
            work.run();
        }
    }

    /**
     * The caller a JAAS subject stands for: Karaf puts a {@code UserPrincipal} and one {@code RolePrincipal}
     * per role in it, and a {@code ClientPrincipal} ({@code ssh(/10.0.0.23:52113)}) for an SSH session (classes
     * of org.apache.karaf.jaas.boot.principal, matched by name so this API does not depend on Karaf). The origin
     * is then {@code ssh 10.0.0.23}, else {@link Caller#CONSOLE}. Empty for a subject without a user.
     */
    public static Optional<Caller> fromSubject(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        String user = null;
        String origin = Caller.CONSOLE;
        Set<String> roles = new HashSet<>();
        for (Principal p : subject.getPrincipals()) {
            String kind = p.getClass().getSimpleName();
            if (kind.equals("UserPrincipal")) {
                user = p.getName();
            } else if (kind.equals("RolePrincipal")) {
                roles.add(p.getName());
            } else if (kind.equals("ClientPrincipal")) {
                origin = clientOrigin(p.getName());
            }
        }
        return user == null ? Optional.empty() : Optional.of(Caller.of(user, roles, origin));
    }

    /** {@code ssh(/10.0.0.23:52113)}, a ClientPrincipal's name, as {@code ssh 10.0.0.23}. */
    static String clientOrigin(String principalName) {
        int open = principalName.indexOf('(');
        if (open <= 0 || !principalName.endsWith(")")) {
            return Caller.origin(principalName, null);
        }
        return Caller.origin(principalName.substring(0, open), principalName.substring(open + 1, principalName.length() - 1));
    }

    @SuppressWarnings("removal") // Karaf's console still runs commands in Subject.doAs; no replacement reads it yet
    private static Subject currentSubject() {
        return Subject.getSubject(AccessController.getContext());
    }

    /** An active binding; closing it restores the caller bound before. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
