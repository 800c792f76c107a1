package org.guanai.mutualaid.internal.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.guanai.mutualaid.internal.spi.MutualAidModule;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.testing.ResourceContract;
import org.guanai.testing.ResourceRules;
import org.junit.Test;

/**
 * The module's resources keep the rules every module's resources keep ({@link ResourceContract}), live under
 * {@code api/v1/mutual-aid/}, and every endpoint has exactly the roles of {@link #ACCESS}: county and township staff
 * and the module's own role read and write; the viewer (stats) reads the summary only; legal and health staff nothing.
 */
public class ResourceContractTest extends ResourceContract {
    static final List<Class<?>> RESOURCES = List.of(GroupResource.class, MembershipResource.class,
            ActivityResource.class, PairingResource.class, VisitResource.class, ListResource.class,
            SummaryResource.class);

    private static final Set<String> STAFF = Set.of(Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE);
    private static final Set<String> FIGURES = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, MutualAidModule.ROLE);

    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("GET /mutual-aid/groups", STAFF),
            Map.entry("GET /mutual-aid/groups/{id}", STAFF),
            Map.entry("POST /mutual-aid/groups", STAFF),
            Map.entry("PUT /mutual-aid/groups/{id}", STAFF),
            Map.entry("POST /mutual-aid/groups/{id}/end", STAFF),
            Map.entry("GET /mutual-aid/memberships", STAFF),
            Map.entry("GET /mutual-aid/memberships/{id}", STAFF),
            Map.entry("POST /mutual-aid/memberships", STAFF),
            Map.entry("PUT /mutual-aid/memberships/{id}", STAFF),
            Map.entry("POST /mutual-aid/memberships/{id}/leave", STAFF),
            Map.entry("GET /mutual-aid/activities", STAFF),
            Map.entry("GET /mutual-aid/activities/{id}", STAFF),
            Map.entry("POST /mutual-aid/activities", STAFF),
            Map.entry("PUT /mutual-aid/activities/{id}", STAFF),
            Map.entry("GET /mutual-aid/pairings", STAFF),
            Map.entry("GET /mutual-aid/pairings/{id}", STAFF),
            Map.entry("POST /mutual-aid/pairings", STAFF),
            Map.entry("PUT /mutual-aid/pairings/{id}", STAFF),
            Map.entry("POST /mutual-aid/pairings/{id}/end", STAFF),
            Map.entry("GET /mutual-aid/visits", STAFF),
            Map.entry("GET /mutual-aid/visits/{id}", STAFF),
            Map.entry("POST /mutual-aid/visits", STAFF),
            Map.entry("GET /mutual-aid/lists/unpaired-vulnerable", STAFF),
            Map.entry("GET /mutual-aid/lists/inactive-groups", STAFF),
            Map.entry("GET /mutual-aid/lists/stale-pairings", STAFF),
            Map.entry("GET /mutual-aid/lists/women-in-no-group", STAFF),
            Map.entry("GET /mutual-aid/summary", FIGURES));

    private static final ResourceRules RULES = new ResourceRules("/mutual-aid", RESOURCES, ACCESS);

    @Override
    protected ResourceRules rules() {
        return RULES;
    }

    @Override
    protected Set<String> apiPackages() {
        return Set.of("org.guanai.mutualaid.api", "org.guanai.registry.api");
    }

    /** The shared rule knows the registry's roles only: the module's own role, declared in its descriptor, too. */
    @Override
    @Test
    public void rulesNameOnlyKnownRolesAndNeverAdmin() throws Exception {
        Set<String> known = new TreeSet<>(ResourceRules.knownRoles());
        known.add(MutualAidModule.ROLE);
        for (Class<?> resource : RESOURCES) {
            for (Method m : ResourceRules.endpoints(resource)) {
                Set<String> roles = ResourceRules.allowed(m);
                assertFalse(ResourceRules.name(m) + " names admin", roles.contains(Roles.ADMIN));
                assertTrue(ResourceRules.name(m) + " names an unknown role: " + roles, known.containsAll(roles));
            }
            assertTrue(resource + " has a class-wide @Allow", resource.getAnnotation(Allow.class) != null);
        }
    }

    @Test
    public void resourcesLiveUnderApiMutualAidAndProduceJson() {
        RULES.assertLiveUnderAndProduceJson("/mutual-aid/");
    }
}
