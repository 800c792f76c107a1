package org.guanai.health.internal.rest;

import static org.guanai.testing.ResourceRules.allowed;
import static org.guanai.testing.ResourceRules.allowedFor;
import static org.guanai.testing.ResourceRules.endpoints;
import static org.guanai.testing.ResourceRules.name;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.registry.api.Roles;
import org.guanai.testing.ResourceContract;
import org.guanai.testing.ResourceRules;
import org.junit.Test;

/**
 * The health resources keep the rules every module's resources keep ({@link ResourceContract}: parameters as
 * Strings, writes read If-Match, every operation described, no state but service references, every operation
 * with an authorization rule naming known roles, never admin, no write for the viewer), all live under
 * {@code api/v1/health/} without any of them owning that whole prefix, only health staff record results or
 * see outcome-revealing lists, and every endpoint has exactly the roles of {@link #ACCESS}, the access table.
 * A new endpoint, or a changed rule, fails until the table says so too.
 */
public class ResourceContractTest extends ResourceContract {
    static final List<Class<?>> RESOURCES = List.of(CampaignResource.class, CheckResource.class,
            TalkResource.class, DueListResource.class, OverdueFollowUpResource.class, CoverageResource.class);

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

    private static final ResourceRules RULES = new ResourceRules("/health", RESOURCES, ACCESS);

    @Override
    protected ResourceRules rules() {
        return RULES;
    }

    @Override
    protected Set<String> apiPackages() {
        return Set.of("org.guanai.health.api", "org.guanai.registry.api");
    }

    @Test
    public void resourcesLiveUnderApiHealthAndProduceJson() {
        RULES.assertLiveUnderAndProduceJson("/health/");
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
}
