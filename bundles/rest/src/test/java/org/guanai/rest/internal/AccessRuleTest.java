package org.guanai.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.SecurityContext;

import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Public;
import org.junit.Test;

public class AccessRuleTest {
    @Path("api/v1/things")
    @Allow({"county", "township"})
    public static class ThingResource {
        @GET
        public String list() {
            return "";
        }

        @POST
        @Allow("county")
        public String create(String body) {
            return "";
        }

        @GET
        @Path("open")
        @Public
        public String open() {
            return "";
        }

        @GET
        @Path("both")
        @Public
        @Allow("health")
        public String both() {
            return "";
        }

        @GET
        @Path("admin")
        @Allow({})
        public String adminOnly() {
            return "";
        }
    }

    @Path("api/v1/bare")
    public static class BareResource {
        @GET
        public String get() {
            return "";
        }
    }

    @Path("api/v1/notes")
    public interface NotesApi {
        @GET
        @Allow("legal")
        String notes();

        @POST
        String add(String note);
    }

    /** The interface's method rule applies; the class rule covers what the interface leaves open. */
    @Allow("county")
    public static class NotesResource implements NotesApi {
        @Override
        public String notes() {
            return "";
        }

        @Override
        public String add(String note) {
            return "";
        }
    }

    @Allow("stats")
    public interface CountsApi {
        @GET
        String counts();
    }

    public static class CountsResource implements CountsApi {
        @Override
        public String counts() {
            return "";
        }
    }

    public abstract static class BaseResource {
        @GET
        @Allow("health")
        public abstract String get();
    }

    public static class DerivedResource extends BaseResource {
        @Override
        public String get() {
            return "";
        }
    }

    @Test
    public void theMethodRuleWinsOverTheClassRule() {
        AccessRule create = rule(ThingResource.class, "create", String.class);
        assertEquals(AccessRule.Kind.ROLES, create.kind());
        assertEquals(List.of("county", "admin"), create.roles());
        assertEquals(List.of("county", "township", "admin"), rule(ThingResource.class, "list").roles());
    }

    @Test
    public void publicMethodsAreOpenToAnyone() {
        AccessRule open = rule(ThingResource.class, "open");
        assertTrue(open.isPublic());
        assertTrue(open.permits(null));
        assertTrue(open.permits(user()));
        assertTrue(AccessRule.of(StatusResource.class, method(StatusResource.class, "status", javax.ws.rs.core.HttpHeaders.class)).isPublic());
    }

    @Test
    public void allowAndPublicTogetherCountAsTheStricterAllow() {
        assertEquals(List.of("health", "admin"), rule(ThingResource.class, "both").roles());
    }

    @Test
    public void noRuleRefusesEveryoneAdminIncluded() {
        AccessRule rule = rule(BareResource.class, "get");
        assertTrue(rule.isMissing());
        assertTrue(rule.roles().isEmpty());
        assertFalse(rule.permits(user("admin")));
        assertFalse(rule.permits(user("county", "admin", "health")));
        assertTrue(AccessRule.of(null, null).isMissing());
        assertTrue(AccessRule.of(ThingResource.class, null).isMissing());
    }

    @Test
    public void rolesAreCheckedAndAdminIsAlwaysAllowed() {
        AccessRule create = rule(ThingResource.class, "create", String.class);
        assertTrue(create.permits(user("county")));
        assertTrue(create.permits(user("viewer", "county")));
        assertTrue(create.permits(user("admin")));
        assertFalse(create.permits(user("township")));
        assertFalse(create.permits(user()));
        assertFalse("no principal, no role rule", create.permits(anonymousClaiming("county")));
        assertFalse(create.permits(null));

        AccessRule adminOnly = rule(ThingResource.class, "adminOnly");
        assertEquals(List.of("admin"), adminOnly.roles());
        assertTrue(adminOnly.permits(user("admin")));
        assertFalse(adminOnly.permits(user("county")));
    }

    @Test
    public void interfaceAndSuperclassMethodsAreLookedAt() {
        assertEquals(List.of("legal", "admin"), rule(NotesResource.class, "notes").roles());
        assertEquals("the class rule when no method has one", List.of("county", "admin"),
                rule(NotesResource.class, "add", String.class).roles());
        // the runtime may hand over the interface's method together with the resource class
        assertEquals(List.of("legal", "admin"),
                AccessRule.of(NotesResource.class, method(NotesApi.class, "notes")).roles());
        assertEquals(List.of("county", "admin"),
                AccessRule.of(NotesResource.class, method(NotesApi.class, "add", String.class)).roles());
        assertEquals("a class rule on the interface", List.of("stats", "admin"),
                rule(CountsResource.class, "counts").roles());
        assertEquals(List.of("health", "admin"), rule(DerivedResource.class, "get").roles());
    }

    private static AccessRule rule(Class<?> type, String name, Class<?>... parameters) {
        return AccessRule.of(type, method(type, name, parameters));
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    static SecurityContext user(String... roles) {
        return security(() -> "lina", Set.of(roles));
    }

    private static SecurityContext anonymousClaiming(String... roles) {
        return security(null, Set.of(roles));
    }

    private static SecurityContext security(Principal principal, Set<String> roles) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
