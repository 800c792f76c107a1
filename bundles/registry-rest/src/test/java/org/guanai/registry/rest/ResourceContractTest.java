package org.guanai.registry.rest;

import static org.guanai.testing.ResourceRules.allowed;
import static org.guanai.testing.ResourceRules.allowedFor;
import static org.guanai.testing.ResourceRules.endpoints;
import static org.guanai.testing.ResourceRules.name;
import static org.guanai.testing.ResourceRules.operations;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.guanai.registry.api.Roles;
import org.guanai.testing.ResourceContract;
import org.guanai.testing.ResourceRules;
import org.junit.Test;

/**
 * The registry's resources keep the rules every module's resources keep ({@link ResourceContract}: parameters as
 * Strings, writes read If-Match, every operation described, no state but service references, every operation
 * with an authorization rule naming known roles, admin only alone, no write for the viewer), and have exactly the
 * roles of {@link #ACCESS}, the access table. A new endpoint, or a changed rule, fails until the table says so
 * too.
 */
public class ResourceContractTest extends ResourceContract {
    static final List<Class<?>> RESOURCES = List.of(DivisionResource.class, HouseholdResource.class,
            PersonResource.class, GuardianshipResource.class, ServiceSiteResource.class, ServiceTeamResource.class,
            VolunteerResource.class, ServiceRecordResource.class, ModuleResource.class, IndicatorResource.class,
            StatsResource.class, AuditResource.class, ImportResource.class, ExportResource.class,
            ActionListResource.class, BulletinResource.class);

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
            Map.entry("POST /divisions", Set.of()),

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
            Map.entry("GET /stats", STATS),
            // the dashboard: aggregates for the viewer too (small cells suppressed), lists of people for staff only
            Map.entry("GET /stats/migrants", STATS),
            Map.entry("GET /stats/monthly", STATS),
            Map.entry("GET /bulletin", STATS),
            Map.entry("GET /action-lists", READ),

            // the audit trail: admin alone
            Map.entry("GET /audit", Set.of()),
            Map.entry("GET /audit/export", Set.of()),
            // a roster import writes county-wide; an export is a township's or the county's list
            Map.entry("POST /imports", Set.of(Roles.COUNTY)),
            Map.entry("GET /imports", Set.of(Roles.COUNTY)),
            Map.entry("GET /imports/{id}", Set.of(Roles.COUNTY)),
            Map.entry("GET /imports/{id}/report", Set.of(Roles.COUNTY)),
            Map.entry("GET /exports/roster", WRITE));

    private static final ResourceRules RULES = new ResourceRules(RESOURCES, ACCESS);

    @Override
    protected ResourceRules rules() {
        return RULES;
    }

    @Override
    protected Set<String> apiPackages() {
        return Set.of("org.guanai.registry.api", "org.guanai.registry.api.audit", "org.guanai.registry.api.roster");
    }

    @Test
    public void resourcesLiveUnderTheApiAndProduceJson() {
        RULES.assertLiveUnderAndProduceJson("/");
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
        assertEquals(staff, allowedFor(ActionListResource.class, "list"));
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
}
