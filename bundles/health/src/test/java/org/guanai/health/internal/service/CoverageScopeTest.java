package org.guanai.health.internal.service;

import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_A;
import static org.junit.Assert.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.health.api.CoverageDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.api.security.UserAccessDTO;
import org.guanai.registry.api.security.UserAccessService;
import org.junit.After;
import org.junit.Test;

/** Township staff get coverage rows of their own townships only, as the registry's statistics do. */
public class CoverageScopeTest {
    private final Health health = Health.open();

    @After
    public void close() {
        CallerContext.clear();
        health.close();
    }

    @Test
    public void coverageListsOnlyTheTownshipsTheCallerSees() {
        health.visibility.scope("tina", Scope.of(Set.of(TOWNSHIP_A), Set.of()));
        int year = java.time.LocalDate.now(Health.CLOCK).getYear();
        CoverageDTO tina = Health.as("tina", () -> health.reports.coverage(year), "township");
        assertEquals(List.of(TOWNSHIP_A), tina.townships.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
        assertEquals(3, health.reports.coverage(year).townships.size());
    }
}
