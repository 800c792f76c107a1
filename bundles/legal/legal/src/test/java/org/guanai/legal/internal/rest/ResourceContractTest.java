package org.guanai.legal.internal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guanai.legal.internal.spi.LegalModule;
import org.guanai.registry.api.Roles;
import org.guanai.testing.ResourceContract;
import org.guanai.testing.ResourceRules;
import org.junit.Test;

/**
 * The module's resources keep the rules every module's resources keep ({@link ResourceContract}), live under
 * {@code api/v1/legal/}, and every endpoint has exactly the roles of {@link #ACCESS}: every Guanai role may ask for a
 * case (and gets 404: the service answers legal staff and the handler only), writes are not for the stats role,
 * events are county, township and legal staff's, figures everyone's but health's.
 */
public class ResourceContractTest extends ResourceContract {
    static final List<Class<?>> RESOURCES = List.of(EventResource.class, CaseResource.class, ReportResource.class);

    private static final Set<String> STAFF = Set.of(Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE);
    private static final Set<String> ASKING = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.VIEWER, LegalModule.ROLE);
    private static final Set<String> FIGURES = Set.of(Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, LegalModule.ROLE);

    static final Map<String, Set<String>> ACCESS = Map.ofEntries(
            Map.entry("GET /legal/events", STAFF),
            Map.entry("GET /legal/events/{id}", STAFF),
            Map.entry("POST /legal/events", STAFF),
            Map.entry("PUT /legal/events/{id}", STAFF),
            Map.entry("GET /legal/cases", ASKING),
            Map.entry("GET /legal/cases/{id}", ASKING),
            Map.entry("GET /legal/cases/overdue", ASKING),
            Map.entry("GET /legal/cases/export", ASKING),
            Map.entry("POST /legal/cases", STAFF),
            Map.entry("PUT /legal/cases/{id}", STAFF),
            Map.entry("POST /legal/cases/{id}/referrals", STAFF),
            Map.entry("POST /legal/cases/{id}/follow-ups", STAFF),
            Map.entry("POST /legal/cases/{id}/measures", STAFF),
            Map.entry("POST /legal/cases/{id}/close", STAFF),
            Map.entry("GET /legal/reports/events", FIGURES),
            Map.entry("GET /legal/reports/cases", FIGURES));

    private static final ResourceRules RULES = new ResourceRules("/legal", RESOURCES, ACCESS);

    @Override
    protected ResourceRules rules() {
        return RULES;
    }

    @Override
    protected Set<String> apiPackages() {
        return Set.of("org.guanai.legal.api", "org.guanai.registry.api");
    }

    @Test
    public void resourcesLiveUnderApiLegalAndProduceJson() {
        RULES.assertLiveUnderAndProduceJson("/legal/");
    }
}
