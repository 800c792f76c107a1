package org.guanai.rest.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Public;

/**
 * Who may call a resource method, read from {@link Allow} and {@link Public}. Shared by the
 * authorization filter and the OpenAPI document, so the document says exactly what is enforced.
 *
 * <p>Lookup, first hit wins: the resource class's method; the method it overrides or implements
 * (superclasses, then interfaces, as JAX-RS annotation inheritance looks); the resource class;
 * its superclasses and interfaces. An element carrying both annotations counts as {@code @Allow}
 * (the stricter). Nothing found means {@link Kind#MISSING}: refused for everyone, admin included.
 */
public final class AccessRule {
    public enum Kind {
        /** {@code @Public}: anyone who got past authentication (only two paths skip it). */
        PUBLIC,
        /** {@code @Allow}: the listed roles and admin. */
        ROLES,
        /** No rule: refused for everyone. */
        MISSING
    }

    private static final AccessRule MISSING_RULE = new AccessRule(Kind.MISSING, List.of(), null);

    private final Kind kind;
    private final List<String> roles;
    private final AnnotatedElement source;

    private AccessRule(Kind kind, List<String> roles, AnnotatedElement source) {
        this.kind = kind;
        this.roles = roles;
        this.source = source;
    }

    /** The rule of {@code method} served by {@code resourceClass} (the method's own class when null). */
    public static AccessRule of(Class<?> resourceClass, Method method) {
        if (method == null) {
            return MISSING_RULE;
        }
        Class<?> type = resourceClass != null ? resourceClass : method.getDeclaringClass();
        Set<Class<?>> supertypes = supertypes(type);
        List<Method> methods = new ArrayList<>();
        methods.add(implementation(type, method));
        methods.add(method);
        for (Class<?> t : supertypes) {
            try {
                methods.add(t.getDeclaredMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        for (Method m : methods) {
            AccessRule rule = on(m);
            if (rule != null) {
                return rule;
            }
        }
        for (Class<?> t : supertypes) {
            AccessRule rule = on(t);
            if (rule != null) {
                return rule;
            }
        }
        return MISSING_RULE;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPublic() {
        return kind == Kind.PUBLIC;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    /** For {@link Kind#ROLES}: the roles of {@code @Allow} in their order, then admin; otherwise empty. */
    public List<String> roles() {
        return roles;
    }

    /** Where the rule was found (a method or a class), or null when missing. */
    public AnnotatedElement source() {
        return source;
    }

    /**
     * Whether the caller may go on. A role rule needs an authenticated user (a principal) who is
     * in one of its roles or is admin; a missing rule lets nobody in.
     */
    public boolean permits(SecurityContext security) {
        switch (kind) {
            case PUBLIC:
                return true;
            case ROLES:
                if (security == null || security.getUserPrincipal() == null) {
                    return false;
                }
                for (String role : roles) {
                    if (security.isUserInRole(role)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    @Override
    public String toString() {
        return kind == Kind.ROLES ? "roles " + roles : kind.name().toLowerCase();
    }

    private static AccessRule on(AnnotatedElement element) {
        Allow allow = element.getAnnotation(Allow.class);
        if (allow != null) {
            Set<String> roles = new LinkedHashSet<>();
            for (String role : allow.value()) {
                if (role != null && !role.isBlank()) {
                    roles.add(role.trim());
                }
            }
            roles.remove(Roles.ADMIN);
            roles.add(Roles.ADMIN); // always allowed, listed last
            return new AccessRule(Kind.ROLES, List.copyOf(roles), element);
        }
        return element.isAnnotationPresent(Public.class) ? new AccessRule(Kind.PUBLIC, List.of(), element) : null;
    }

    /** The method as the resource class has it (the runtime may hand us the interface's). */
    private static Method implementation(Class<?> type, Method method) {
        try {
            return type.getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException | SecurityException e) {
            return method;
        }
    }

    /** The class, its superclasses, then all interfaces, most specific first. */
    static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> result = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            result.add(c);
        }
        List<Class<?>> queue = new ArrayList<>(result);
        for (int i = 0; i < queue.size(); i++) {
            for (Class<?> itf : queue.get(i).getInterfaces()) {
                if (result.add(itf)) {
                    queue.add(itf);
                }
            }
        }
        return result;
    }
}
