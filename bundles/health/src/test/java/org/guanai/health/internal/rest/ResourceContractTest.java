package org.guanai.health.internal.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.junit.Test;

/**
 * Rules every resource method keeps, checked by reflection so a new method cannot forget them (as in
 * registry-rest): parameters a client can get wrong arrive as Strings, writes read If-Match, every
 * operation is described for the OpenAPI generator, resources keep no state but service references,
 * and all live under {@code api/v1/health/} without any of them owning that whole prefix.
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
}
