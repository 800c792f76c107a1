package org.guanai.testing;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Public;

/**
 * The rules every module's REST resources keep, checked by reflection so a new method cannot forget them:
 * parameters a client can get wrong arrive as Strings, writes read If-Match, every operation is described
 * for the OpenAPI generator, and resources keep no state but their service references.
 *
 * <p>Authorization fails closed (a resource method with neither {@code @Allow} nor {@code @Public} is refused
 * for everyone), so these rules make a forgotten or widened rule a build failure instead: every operation has a
 * rule, none is public, no rule names admin (always allowed) or an unknown role, no write admits the viewer,
 * and every endpoint has exactly the roles of the module's access table.
 *
 * <p>A module's contract test lists its resource classes and its access table ("METHOD path", the path below
 * {@code /api/v1}, to exactly the roles besides admin), builds one of these, and calls one check per test.
 */
public final class ResourceRules {

    private final String application;
    private final List<Class<?>> resources;
    private final Map<String, Set<String>> access;

    /**
     * Resources of the registry's (the whiteboard's default) application, whose paths start with {@code api/v1}.
     *
     * @param resources every resource class (all in one package)
     * @param access the access table: each endpoint ("GET /persons/{id}") to the roles (besides admin) allowed
     */
    public ResourceRules(List<Class<?>> resources, Map<String, Set<String>> access) {
        this("", resources, access);
    }

    /**
     * Resources of a module's own application ({@code GuanaiApplication}), served at {@code api/v1} +
     * {@code application}; their paths are relative to it.
     *
     * @param application the application's base below {@code api/v1}, e.g. {@code /health}
     */
    public ResourceRules(String application, List<Class<?>> resources, Map<String, Set<String>> access) {
        this.application = application;
        this.resources = List.copyOf(resources);
        this.access = Map.copyOf(access);
    }

    /** The resource classes checked. */
    public List<Class<?>> resources() {
        return resources;
    }

    /** The methods a resource declares with an HTTP method annotation. */
    public static List<Method> operations(Class<?> resource) {
        List<Method> operations = new ArrayList<>();
        for (Method m : resource.getDeclaredMethods()) {
            if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                operations.add(m);
            }
        }
        return operations;
    }

    /** "PersonResource.timeline", for messages. */
    public static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    /** Every method JAX-RS could dispatch to, public or inherited or not (a non-public one fails the rules). */
    public static Set<Method> endpoints(Class<?> resource) {
        Set<Method> endpoints = new LinkedHashSet<>();
        List<Method> candidates = new ArrayList<>(Arrays.asList(resource.getMethods()));
        candidates.addAll(Arrays.asList(resource.getDeclaredMethods()));
        for (Method m : candidates) {
            if (httpMethod(m) != null) {
                endpoints.add(m);
            }
        }
        return endpoints;
    }

    /** The HTTP method of {@code m}, or null if it is none. */
    public static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "GET /persons/{id}/timeline": the HTTP method and the path below {@code /api/v1}. */
    public String endpoint(Method m) {
        String path = m.getDeclaringClass().getAnnotation(Path.class).value();
        path = application.isEmpty() ? path.substring(GuanaiRest.API.length())
                : application + "/" + path.replaceAll("^/+", "");
        Path sub = m.getAnnotation(Path.class);
        if (sub != null) {
            path = path.replaceAll("/+$", "") + "/" + sub.value().replaceAll("^/+", "");
        }
        return httpMethod(m) + " " + path.replaceAll("/+$", "");
    }

    /**
     * The roles (besides admin) that may call {@code m}, as the authorization filter decides: the
     * method's {@code @Allow} or {@code @Public}, else its class's; null for public; fails without a rule.
     */
    public static Set<String> allowed(Method m) {
        for (AnnotatedElement e : List.of(m, m.getDeclaringClass())) {
            Allow allow = e.getAnnotation(Allow.class);
            boolean isPublic = e.isAnnotationPresent(Public.class);
            assertFalse(e + " is both @Allow and @Public", allow != null && isPublic);
            if (isPublic) {
                return null;
            }
            if (allow != null) {
                Set<String> roles = new HashSet<>(Arrays.asList(allow.value()));
                roles.remove(Roles.ADMIN); // @Allow(Roles.ADMIN): admin alone
                return roles;
            }
        }
        fail(name(m) + " has neither @Allow nor @Public, on itself or its class: it is refused to everyone");
        return null;
    }

    /** The roles allowed on the one endpoint of {@code resource} whose Java method is named {@code method}. */
    public static Set<String> allowedFor(Class<?> resource, String method) {
        List<Method> matches = new ArrayList<>();
        for (Method m : endpoints(resource)) {
            if (m.getName().equals(method)) {
                matches.add(m);
            }
        }
        assertEquals(resource.getSimpleName() + "." + method, 1, matches.size());
        return allowed(matches.get(0));
    }

    /** The values of the String constants of {@link Roles}. */
    public static Set<String> knownRoles() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                roles.add((String) f.get(null));
            }
        }
        return roles;
    }

    /**
     * Every resource has a path below {@code api/v1} + {@code prefix} (and more than the prefix: none owns
     * it whole), produces JSON, and has operations.
     */
    public void assertLiveUnderAndProduceJson(String prefix) {
        String base = GuanaiRest.API + prefix;
        for (Class<?> resource : resources) {
            Path path = resource.getAnnotation(Path.class);
            assertNotNull(resource.getSimpleName(), path);
            String full = application.isEmpty() ? path.value()
                    : GuanaiRest.API + application + "/" + path.value().replaceAll("^/+", "");
            assertFalse(path.value() + ": a module's resource path is relative to its application",
                    !application.isEmpty() && path.value().startsWith(GuanaiRest.API));
            assertTrue(full, full.startsWith(base));
            assertFalse(full, full.substring(base.length()).isEmpty());
            assertArrayEquals(resource.getSimpleName(), new String[] {MediaType.APPLICATION_JSON},
                    resource.getAnnotation(Produces.class).value());
            assertFalse(resource.getSimpleName() + " has no operations", operations(resource).isEmpty());
        }
    }

    /** Query and path parameters are Strings: the resource parses them and answers a bad one with a problem. */
    public void assertQueryAndPathParametersAreStrings() {
        for (Class<?> resource : resources) {
            for (Method m : operations(resource)) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(PathParam.class)) {
                        assertEquals(name(m) + " " + p, String.class, p.getType());
                    }
                }
            }
        }
    }

    /** Every operation carries an {@link ApiResponseType} that matches its return type and status. */
    public void assertEveryOperationIsDescribed() {
        for (Class<?> resource : resources) {
            for (Method m : operations(resource)) {
                ApiResponseType type = m.getAnnotation(ApiResponseType.class);
                assertNotNull(name(m), type);
                assertFalse(name(m), type.summary().isBlank());
                assertTrue(name(m), type.value() != Void.class);
                assertEquals(name(m), Page.class.equals(m.getReturnType()), type.page());
                assertEquals(name(m), List.class.equals(m.getReturnType()), type.list());
                if (!Response.class.equals(m.getReturnType()) && !type.page() && !type.list()) {
                    assertEquals(name(m), m.getReturnType(), type.value());
                }
                boolean create = m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(Path.class);
                // a create that starts a job (a roster import) answers 202 Accepted with the job
                assertTrue(name(m), create ? type.status() == 201 || type.status() == 202 : type.status() == 200);
            }
        }
    }

    /** Writes other than create read If-Match; nothing is deleted or patched. */
    public void assertWritesOtherThanCreateReadIfMatch() {
        for (Class<?> resource : resources) {
            for (Method m : operations(resource)) {
                boolean write = !m.isAnnotationPresent(GET.class);
                boolean create = m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(Path.class);
                if (write && !create) {
                    assertTrue(name(m), Arrays.asList(m.getParameterTypes()).contains(HttpHeaders.class));
                }
                assertFalse(name(m) + ": records are ended or corrected, not deleted", m.isAnnotationPresent(DELETE.class));
                assertFalse(name(m) + ": full replace only", m.isAnnotationPresent(PATCH.class));
            }
        }
    }

    /** Static fields are final; instance fields are service references: interfaces of {@code apiPackages}. */
    public void assertResourcesHoldNothingButServiceReferences(Set<String> apiPackages) {
        for (Class<?> resource : resources) {
            for (Field f : resource.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    assertTrue(f.toString(), Modifier.isFinal(f.getModifiers()));
                    continue;
                }
                assertTrue(f.toString(), f.getType().isInterface());
                assertTrue(f.toString() + " is not a service of " + apiPackages,
                        apiPackages.contains(f.getType().getPackageName()));
            }
        }
    }

    /** Every class of the resources' package (in a directory of the class path) that is a resource is listed. */
    public void assertEveryResourceOfThePackageIsChecked() throws Exception {
        ClassLoader loader = resources.get(0).getClassLoader();
        String pkg = resources.get(0).getPackageName();
        Set<String> found = new TreeSet<>();
        for (URL url : Collections.list(loader.getResources(pkg.replace('.', '/')))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            File[] files = new File(url.toURI()).listFiles((dir, file) -> file.endsWith(".class"));
            for (File file : files == null ? new File[0] : files) {
                Class<?> c = Class.forName(pkg + "." + file.getName().replace(".class", ""), false, loader);
                boolean resource = c.isAnnotationPresent(Path.class)
                        || Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> httpMethod(m) != null);
                if (resource) {
                    found.add(c.getName());
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        resources.forEach(c -> listed.add(c.getName()));
        assertEquals("every resource class is listed in RESOURCES, so these rules see it", listed, found);
    }

    /**
     * Every endpoint is public Java, has a rule, is not {@code @Public}, and admits someone besides admin unless
     * it says it is for admin alone with {@code @Allow(Roles.ADMIN)} (the audit trail, user administration).
     */
    public void assertEveryOperationHasAnAuthorizationRuleAndNoneIsPublic() {
        for (Class<?> resource : resources) {
            for (Method m : endpoints(resource)) {
                assertTrue(name(m) + " is not public: JAX-RS would not serve it", Modifier.isPublic(m.getModifiers()));
                Set<String> roles = allowed(m);
                // Only the liveness probe and the OpenAPI document (both in the rest bundle) are public.
                assertNotNull(name(m) + " is @Public: module data is never anonymous", roles);
                assertFalse(name(m) + " admits nobody but admin without saying so (@Allow(Roles.ADMIN))",
                        roles.isEmpty() && !adminOnly(m));
            }
        }
    }

    /**
     * Every {@code @Allow} is non-empty, without repeats, of {@link Roles} constants, and names admin only alone
     * ({@code @Allow(Roles.ADMIN)}: admin only), never beside other roles (admin is always allowed).
     */
    public void assertRulesNameOnlyKnownRolesAndNeverAdmin() throws Exception {
        assertRulesNameOnlyKnownRolesAndNeverAdmin(Set.of());
    }

    /** As {@link #assertRulesNameOnlyKnownRolesAndNeverAdmin()}, with the roles a module declares known too. */
    public void assertRulesNameOnlyKnownRolesAndNeverAdmin(Set<String> moduleRoles) throws Exception {
        Set<String> known = knownRoles();
        known.addAll(moduleRoles);
        for (Class<?> resource : resources) {
            List<AnnotatedElement> annotated = new ArrayList<>(List.of(resource));
            annotated.addAll(Arrays.asList(resource.getDeclaredMethods()));
            for (AnnotatedElement e : annotated) {
                Allow allow = e.getAnnotation(Allow.class);
                if (allow == null) {
                    continue;
                }
                assertTrue(e + ": an empty @Allow", allow.value().length > 0);
                assertEquals(e + " lists a role twice", allow.value().length,
                        new HashSet<>(Arrays.asList(allow.value())).size());
                for (String role : allow.value()) {
                    assertTrue(e + ": unknown role " + role + " (use the Roles constants)", known.contains(role));
                    assertFalse(e + ": admin is always allowed, never listed beside other roles",
                            Roles.ADMIN.equals(role) && allow.value().length > 1);
                }
            }
        }
    }

    /** Whether the rule that applies to {@code m} is {@code @Allow(Roles.ADMIN)}: for admin alone. */
    static boolean adminOnly(Method m) {
        Allow allow = m.getAnnotation(Allow.class);
        if (allow == null) {
            allow = m.getDeclaringClass().getAnnotation(Allow.class);
        }
        return allow != null && allow.value().length == 1 && Roles.ADMIN.equals(allow.value()[0]);
    }

    /** No endpoint other than a GET admits the viewer. */
    public void assertNoWriteAdmitsTheViewer() {
        for (Class<?> resource : resources) {
            for (Method m : endpoints(resource)) {
                if (!HttpMethod.GET.equals(httpMethod(m))) {
                    assertFalse(name(m) + ": the viewer only reads aggregates", allowed(m).contains(Roles.VIEWER));
                }
            }
        }
    }

    /** The endpoints served are exactly those of the access table, each with exactly its roles. */
    public void assertEveryEndpointHasExactlyTheRolesOfTheAccessTable() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Class<?> resource : resources) {
            for (Method m : endpoints(resource)) {
                String endpoint = endpoint(m);
                assertTrue(endpoint + " (" + name(m) + ") is not in the access table: add it deliberately",
                        access.containsKey(endpoint));
                assertEquals(endpoint + " (" + name(m) + ")", access.get(endpoint), allowed(m));
                assertNull(endpoint + " is served twice", actual.put(endpoint, allowed(m)));
            }
        }
        assertEquals("endpoints of the access table that no resource serves", new TreeSet<>(access.keySet()),
                actual.keySet());
    }
}
