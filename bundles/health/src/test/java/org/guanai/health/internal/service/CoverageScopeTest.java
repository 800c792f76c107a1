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
        ScreeningReportsImpl reports = (ScreeningReportsImpl) health.reports;
        reports.access = new UserAccessService() {
            public List<UserAccessDTO> users() {
                return List.of();
            }

            public UserAccessDTO user(String name) {
                return null;
            }

            public UserAccessDTO setDivisions(String name, Collection<String> codes) {
                return null;
            }

            public UserAccessDTO setRoles(String name, Collection<String> roles) {
                return null;
            }

            public Scope scopeOf(Caller caller) {
                return caller.user().equals("tina") ? Scope.of(Set.of(TOWNSHIP_A), Set.of()) : Scope.all();
            }

            public Set<String> fullViewRoles() {
                return Set.of();
            }
        };
        int year = java.time.LocalDate.now(Health.CLOCK).getYear();
        CoverageDTO tina = CallerContext.callAs(Caller.of("tina", Set.of("township"), "t"), () -> reports.coverage(year));
        assertEquals(List.of(TOWNSHIP_A), tina.townships.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
        assertEquals(3, reports.coverage(year).townships.size());
    }
}
