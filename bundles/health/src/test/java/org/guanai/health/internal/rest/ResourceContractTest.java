package org.guanai.health.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
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
import org.junit.Test;

/**
 * Rules every resource method keeps, checked by reflection so a new method cannot forget them (as in
 * registry-rest): parameters a client can get wrong arrive as Strings, writes read If-Match, every
 * operation is described for the OpenAPI generator, resources keep no state but service references,
 * and all live under {@code api/v1/health/} without any of them owning that whole prefix.
 *
 * <p>Authorization fails closed (a resource method with neither {@code @Allow} nor {@code @Public} is
 * refused for everyone), so the rules here make a forgotten or widened rule a build failure instead:
 * every operation has a rule, none is public, no rule names admin (always allowed) or an unknown role,
 * no write admits the viewer, only health staff record results or see outcome-revealing lists, and
 * every endpoint has exactly the roles of {@link #ACCESS}, the access table. A new endpoint, or a
 * changed rule, fails until the table says so too.
 */
public class ResourceContractTest {
    static final List<Class<?>> RESOURCES = List.of(CampaignResource.class, CheckResource.class,
            TalkResource.class, DueListResource.class, OverdueFollowUpResource.class, CoverageResource.class);

    private static List<Method> operations(Class<?> resource) {
        List<Method> operations = new ArrayList<>();
        for (Method m : resource.getDeclaredMethods()) {
            if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                operations.add(m);
            }
        }
        return operations;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @Test
    public void resourcesLiveUnderApiHealthAndProduceJson() {
        for (Class<?> resource : RESOURCES) {
            Path path = resource.getAnnotation(Path.class);
            assertNotNull(resource.getSimpleName(), path);
            assertTrue(path.value(), path.value().startsWith(GuanaiRest.API + "/health/"));
            assertFalse(path.value(), path.value().substring((GuanaiRest.API + "/health/").length()).isEmpty());
            assertArrayEquals(resource.getSimpleName(), new String[] {MediaType.APPLICATION_JSON},
                    resource.getAnnotation(Produces.class).value());
            assertFalse(resource.getSimpleName() + " has no operations", operations(resource).isEmpty());
        }
    }

    @Test
    public void queryAndPathParametersAreStrings() {
        for (Class<?> resource : RESOURCES) {
            for (Method m : operations(resource)) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(PathParam.class)) {
                        assertEquals(name(m) + " " + p, String.class, p.getType());
                    }
                }
            }
        }
    }

    @Test
    public void everyOperationIsDescribed() {
        for (Class<?> resource : RESOURCES) {
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
                assertEquals(name(m), create ? 201 : 200, type.status());
            }
        }
    }

    @Test
    public void writesOtherThanCreateReadIfMatch() {
        for (Class<?> resource : RESOURCES) {
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

    @Test
    public void resourcesHoldNothingButServiceReferences() {
        Set<String> apis = Set.of("org.guanai.health.api", "org.guanai.registry.api");
        for (Class<?> resource : RESOURCES) {
            for (Field f : resource.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    assertTrue(f.toString(), Modifier.isFinal(f.getModifiers()));
                    continue;
                }
                assertTrue(f.toString(), f.getType().isInterface());
                assertTrue(f.toString(), apis.contains(f.getType().getPackageName()));
            }
        }
    }

    private static final Set<String> HEALTH_READ = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH);
    private static final Set<String> CAMPAIGN_WRITE = Set.of(Roles.COUNTY, Roles.HEALTH);
    private static final Set<String> HEALTH_ONLY = Set.of(Roles.HEALTH);
    private static final Set<String> AGGREGATES = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.VIEWER);

    /**
     * The access table: every endpoint ("METHOD path", the path below {@code /api/v1}) and exactly the
     * roles that may call it besides admin. Legal staff see no health records; the viewer sees coverage
     * (aggregates) only; results are recorded, and outcome-revealing lists read, by health staff only.
     */
    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("GET /health/campaigns", HEALTH_READ),
            Map.entry("GET /health/campaigns/{id}", HEALTH_READ),
            Map.entry("POST /health/campaigns", CAMPAIGN_WRITE),
            Map.entry("PUT /health/campaigns/{id}", CAMPAIGN_WRITE),
            Map.entry("POST /health/campaigns/{id}/end", CAMPAIGN_WRITE),

            // Inside, outcomes are shown only to health staff, and others' corrections keep them.
            Map.entry("GET /health/checks", HEALTH_READ),
            Map.entry("GET /health/checks/{id}", HEALTH_READ),
            Map.entry("POST /health/checks", HEALTH_ONLY),
            Map.entry("PUT /health/checks/{id}", HEALTH_READ),

            Map.entry("GET /health/due", HEALTH_READ),
            Map.entry("GET /health/follow-ups/overdue", HEALTH_ONLY),
            Map.entry("GET /health/coverage", AGGREGATES),

            Map.entry("GET /health/talks", HEALTH_READ),
            Map.entry("GET /health/talks/{id}", HEALTH_READ),
            Map.entry("POST /health/talks", HEALTH_READ),
            Map.entry("PUT /health/talks/{id}", HEALTH_READ));

    /** Every method JAX-RS could dispatch to, public or inherited or not (a non-public one fails below). */
    private static Set<Method> endpoints(Class<?> resource) {
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

    private static String httpMethod(Method m) {
        for (java.lang.annotation.Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "GET /health/follow-ups/overdue": the HTTP method and the path below {@code /api/v1}. */
    private static String endpoint(Method m) {
        String path = m.getDeclaringClass().getAnnotation(Path.class).value().substring(GuanaiRest.API.length());
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
    static Set<String> allowed(Method m) {
        for (AnnotatedElement e : List.of(m, m.getDeclaringClass())) {
            Allow allow = e.getAnnotation(Allow.class);
            boolean isPublic = e.isAnnotationPresent(Public.class);
            assertFalse(e + " is both @Allow and @Public", allow != null && isPublic);
            if (isPublic) {
                return null;
            }
            if (allow != null) {
                return new HashSet<>(Arrays.asList(allow.value()));
            }
        }
        fail(name(m) + " has neither @Allow nor @Public, on itself or its class: it is refused to everyone");
        return null;
    }

    private static Set<String> knownRoles() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                roles.add((String) f.get(null));
            }
        }
        return roles;
    }

    @Test
    public void everyResourceOfThePackageIsChecked() throws Exception {
        String pkg = CheckResource.class.getPackageName();
        Set<String> found = new TreeSet<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources(pkg.replace('.', '/')))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            File[] files = new File(url.toURI()).listFiles((dir, file) -> file.endsWith(".class"));
            for (File file : files == null ? new File[0] : files) {
                Class<?> c = Class.forName(pkg + "." + file.getName().replace(".class", ""), false,
                        getClass().getClassLoader());
                boolean resource = c.isAnnotationPresent(Path.class)
                        || Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> httpMethod(m) != null);
                if (resource) {
                    found.add(c.getName());
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        RESOURCES.forEach(c -> listed.add(c.getName()));
        assertEquals("every resource class is listed in RESOURCES, so these rules see it", listed, found);
    }

    @Test
    public void everyOperationHasAnAuthorizationRuleAndNoneIsPublic() {
        for (Class<?> resource : RESOURCES) {
            for (Method m : endpoints(resource)) {
                assertTrue(name(m) + " is not public: JAX-RS would not serve it", Modifier.isPublic(m.getModifiers()));
                Set<String> roles = allowed(m);
                // Only the liveness probe and the OpenAPI document (both in the rest bundle) are public.
                assertNotNull(name(m) + " is @Public: health data is never anonymous", roles);
                assertFalse(name(m) + " admits nobody but admin", roles.isEmpty());
            }
        }
    }

    @Test
    public void rulesNameOnlyKnownRolesAndNeverAdmin() throws Exception {
        Set<String> known = knownRoles();
        for (Class<?> resource : RESOURCES) {
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
                    assertFalse(e + ": admin is always allowed, never listed", Roles.ADMIN.equals(role));
                }
            }
        }
    }

    @Test
    public void noWriteAdmitsTheViewer() {
        for (Class<?> resource : RESOURCES) {
            for (Method m : endpoints(resource)) {
                if (!HttpMethod.GET.equals(httpMethod(m))) {
                    assertFalse(name(m) + ": the viewer only reads aggregates", allowed(m).contains(Roles.VIEWER));
                }
            }
        }
    }

    @Test
    public void everyEndpointHasExactlyTheRolesOfTheAccessTable() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            for (Method m : endpoints(resource)) {
                String endpoint = endpoint(m);
                assertTrue(endpoint + " (" + name(m) + ") is not in the access table: add it deliberately",
                        ACCESS.containsKey(endpoint));
                assertEquals(endpoint + " (" + name(m) + ")", ACCESS.get(endpoint), allowed(m));
                assertNull(endpoint + " is served twice", actual.put(endpoint, allowed(m)));
            }
        }
        assertEquals("endpoints of the access table that no resource serves", new TreeSet<>(ACCESS.keySet()),
                actual.keySet());
    }

    @Test
    public void healthDataStaysWithHealthStaff() {
        // Spot checks by Java method, beside the table by path: a change here must be deliberate twice.
        assertEquals(Set.of(Roles.HEALTH), allowedFor(CheckResource.class, "create"));
        assertEquals(Set.of(Roles.HEALTH), allowedFor(OverdueFollowUpResource.class, "overdue"));
        assertEquals(Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH), allowedFor(CheckResource.class, "update"));
        assertEquals(Set.of(Roles.COUNTY, Roles.HEALTH), allowedFor(CampaignResource.class, "end"));
        assertEquals(Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.VIEWER),
                allowedFor(CoverageResource.class, "coverage"));
        for (Class<?> resource : RESOURCES) {
            for (Method m : endpoints(resource)) {
                assertFalse(name(m) + ": legal staff see no health records", allowed(m).contains(Roles.LEGAL));
                if (resource != CoverageResource.class) {
                    assertFalse(name(m) + ": the viewer sees coverage only", allowed(m).contains(Roles.VIEWER));
                }
            }
        }
    }

    private static Set<String> allowedFor(Class<?> resource, String method) {
        List<Method> matches = new ArrayList<>();
        for (Method m : endpoints(resource)) {
            if (m.getName().equals(method)) {
                matches.add(m);
            }
        }
        assertEquals(resource.getSimpleName() + "." + method, 1, matches.size());
        return allowed(matches.get(0));
    }
}
