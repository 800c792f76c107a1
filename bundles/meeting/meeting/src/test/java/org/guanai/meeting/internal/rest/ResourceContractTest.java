package org.guanai.meeting.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.meeting.internal.spi.MeetingModule;
import org.guanai.registry.api.Roles;
import org.guanai.testing.ResourceContract;
import org.guanai.testing.ResourceRules;
import org.junit.Test;

/**
 * The module's resources keep the rules every module's resources keep ({@link ResourceContract}), live under
 * {@code api/v1/meeting/}, and every endpoint has exactly the roles of {@link #ACCESS}: county and township staff and
 * the joint meeting's office read; county staff and the office keep departments, meetings and matters; township
 * staff note progress; the viewer (stats) reads the report by department only; health and legal staff nothing.
 */
public class ResourceContractTest extends ResourceContract {
    static final List<Class<?>> RESOURCES = List.of(DepartmentResource.class, MeetingResource.class,
            MatterResource.class, ProgressResource.class, ReportResource.class);

    private static final Set<String> READ = Set.of(Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE);
    private static final Set<String> KEEP = Set.of(Roles.COUNTY, MeetingModule.ROLE);
    private static final Set<String> FIGURES = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, MeetingModule.ROLE);

    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("GET /meeting/departments", READ),
            Map.entry("GET /meeting/departments/{id}", READ),
            Map.entry("POST /meeting/departments", KEEP),
            Map.entry("PUT /meeting/departments/{id}", KEEP),
            Map.entry("POST /meeting/departments/{id}/end", KEEP),
            Map.entry("GET /meeting/meetings", READ),
            Map.entry("GET /meeting/meetings/{id}", READ),
            Map.entry("POST /meeting/meetings", KEEP),
            Map.entry("PUT /meeting/meetings/{id}", KEEP),
            Map.entry("GET /meeting/matters", READ),
            Map.entry("GET /meeting/matters/{id}", READ),
            Map.entry("POST /meeting/matters", KEEP),
            Map.entry("PUT /meeting/matters/{id}", KEEP),
            Map.entry("POST /meeting/matters/{id}/done", KEEP),
            Map.entry("GET /meeting/progress", READ),
            Map.entry("GET /meeting/progress/{id}", READ),
            Map.entry("POST /meeting/progress", READ),
            Map.entry("GET /meeting/reports/overdue", READ),
            Map.entry("GET /meeting/reports/by-department", FIGURES));

    private static final ResourceRules RULES = new ResourceRules("/meeting", RESOURCES, ACCESS);

    @Override
    protected ResourceRules rules() {
        return RULES;
    }

    @Override
    protected Set<String> apiPackages() {
        return Set.of("org.guanai.meeting.api", "org.guanai.registry.api");
    }

    @Override
    protected Set<String> moduleRoles() {
        return Set.of(MeetingModule.ROLE);
    }

    @Test
    public void resourcesLiveUnderApiMeetingAndProduceJson() {
        RULES.assertLiveUnderAndProduceJson("/meeting/");
    }
}
