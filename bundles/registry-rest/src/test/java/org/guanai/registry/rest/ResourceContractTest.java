package org.guanai.registry.rest;

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
import javax.ws.rs.PUT;
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
 * Rules every resource method keeps, checked by reflection so a new method cannot forget them:
 * parameters a client can get wrong arrive as Strings, writes read If-Match, every operation is
 * described for the OpenAPI generator, and resources keep no state but their service references.
 *
 * <p>Authorization fails closed (a resource method with neither {@code @Allow} nor {@code @Public} is
 * refused for everyone), so the rules here make a forgotten or widened rule a build failure instead:
 * every operation has a rule, none is public, no rule names admin (always allowed) or an unknown role,
 * no write admits the viewer, and every endpoint has exactly the roles of {@link #ACCESS}, the access
 * table. A new endpoint, or a changed rule, fails until the table says so too.
 */
public class ResourceContractTest {
    static final List<Class<?>> RESOURCES = List.of(DivisionResource.class, HouseholdResource.class,
            PersonResource.class, GuardianshipResource.class, ServiceSiteResource.class, ServiceTeamResource.class,
            VolunteerResource.class, ServiceRecordResource.class, ModuleResource.class, IndicatorResource.class,
            StatsResource.class);

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
    public void resourcesLiveUnderTheApiAndProduceJson() {
        for (Class<?> resource : RESOURCES) {
            Path path = resource.getAnnotation(Path.class);
            assertNotNull(resource.getSimpleName(), path);
            assertTrue(path.value(), path.value().startsWith(GuanaiRest.API + "/"));
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
                assertFalse(name(m) + ": records are ended, not deleted", m.isAnnotationPresent(DELETE.class));
                assertFalse(name(m) + ": full replace only", m.isAnnotationPresent(PATCH.class));
            }
        }
    }

    @Test
    public void serviceRecordsAreCorrectedNotEnded() {
        for (Method m : operations(ServiceRecordResource.class)) {
            Path path = m.getAnnotation(Path.class);
            assertFalse(name(m), path != null && path.value().endsWith("end"));
        }
        assertTrue(operations(ServiceRecordResource.class).stream().anyMatch(m -> m.isAnnotationPresent(PUT.class)));
    }

    @Test
    public void resourcesHoldNothingButServiceReferences() {
        for (Class<?> resource : RESOURCES) {
            for (Field f : resource.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    assertTrue(f.toString(), Modifier.isFinal(f.getModifiers()));
                    continue;
                }
                assertTrue(f.toString(), f.getType().isInterface());
                assertEquals(f.toString(), "org.guanai.registry.api", f.getType().getPackageName());
            }
        }
    }

    private static final Set<String> READ = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL);
    private static final Set<String> WRITE = Set.of(Roles.COUNTY, Roles.TOWNSHIP);
    private static final Set<String> STATS = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL,
            Roles.VIEWER);

    /**
     * The access table: every endpoint ("METHOD path", the path below {@code /api/v1}) and exactly the
     * roles that may call it besides admin. Personal records are read by county, township, health and
     * legal staff and written by county and township staff; the viewer sees aggregates only.
     */
    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("GET /divisions", STATS),
            Map.entry("GET /divisions/{code}", STATS),

            Map.entry("GET /households", READ),
            Map.entry("GET /households/{id}", READ),
            Map.entry("POST /households", WRITE),
            Map.entry("PUT /households/{id}", WRITE),
            Map.entry("POST /households/{id}/end", WRITE),

            Map.entry("GET /persons", READ),
            Map.entry("GET /persons/{id}", READ),
            Map.entry("GET /persons/{id}/timeline", READ),
            Map.entry("GET /persons/{id}/guardianships", READ),
            Map.entry("POST /persons", WRITE),
            Map.entry("PUT /persons/{id}", WRITE),
            Map.entry("POST /persons/{id}/end", WRITE),

            Map.entry("GET /guardianships", READ),
            Map.entry("GET /guardianships/alerts", READ),
            Map.entry("GET /guardianships/{id}", READ),
            Map.entry("POST /guardianships", WRITE),
            Map.entry("PUT /guardianships/{id}", WRITE),
            Map.entry("POST /guardianships/{id}/end", WRITE),

            Map.entry("GET /sites", READ),
            Map.entry("GET /sites/{id}", READ),
            Map.entry("POST /sites", WRITE),
            Map.entry("PUT /sites/{id}", WRITE),
            Map.entry("POST /sites/{id}/end", WRITE),

            Map.entry("GET /teams", READ),
            Map.entry("GET /teams/{id}", READ),
            Map.entry("POST /teams", WRITE),
            Map.entry("PUT /teams/{id}", WRITE),
            Map.entry("POST /teams/{id}/end", WRITE),

            Map.entry("GET /volunteers", READ),
            Map.entry("GET /volunteers/{id}", READ),
            Map.entry("POST /volunteers", WRITE),
            Map.entry("PUT /volunteers/{id}", WRITE),
            Map.entry("POST /volunteers/{id}/end", WRITE),

            Map.entry("GET /service-records", READ),
            Map.entry("GET /service-records/{id}", READ),
            Map.entry("POST /service-records", WRITE),
            Map.entry("PUT /service-records/{id}", WRITE),

            Map.entry("GET /modules", STATS),
            Map.entry("GET /indicators", STATS),
            Map.entry("GET /stats", STATS));

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

    /** "GET /persons/{id}/timeline": the HTTP method and the path below {@code /api/v1}. */
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
        String pkg = DivisionResource.class.getPackageName();
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
                assertNotNull(name(m) + " is @Public: registry data is never anonymous", roles);
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
    public void personalRecordsAreNeverForTheViewerAndTheViewerSeesTheAggregates() {
        // Spot checks by Java method, beside the table by path: a change here must be deliberate twice.
        assertEquals(STATS, allowedFor(StatsResource.class, "get"));
        assertEquals(STATS, allowedFor(IndicatorResource.class, "list"));
        assertEquals(STATS, allowedFor(ModuleResource.class, "list"));
        assertEquals(STATS, allowedFor(DivisionResource.class, "get"));
        Set<String> staff = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL);
        assertEquals(staff, allowedFor(PersonResource.class, "timeline"));
        assertEquals(staff, allowedFor(PersonResource.class, "guardianships"));
        assertEquals(staff, allowedFor(GuardianshipResource.class, "alerts"));
        assertEquals(Set.of(Roles.COUNTY, Roles.TOWNSHIP), allowedFor(HouseholdResource.class, "end"));
        assertEquals(Set.of(Roles.COUNTY, Roles.TOWNSHIP), allowedFor(ServiceRecordResource.class, "update"));
        for (Class<?> personal : List.of(HouseholdResource.class, PersonResource.class, GuardianshipResource.class,
                ServiceSiteResource.class, ServiceTeamResource.class, VolunteerResource.class,
                ServiceRecordResource.class)) {
            for (Method m : endpoints(personal)) {
                assertFalse(name(m), allowed(m).contains(Roles.VIEWER));
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
