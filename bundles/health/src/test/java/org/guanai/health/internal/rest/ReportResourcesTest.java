package org.guanai.health.internal.rest;

import org.guanai.testing.Http;
import static org.guanai.health.internal.rest.CheckResourceTest.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;

import javax.ws.rs.ForbiddenException;

import org.guanai.registry.api.ValidationException;
import org.junit.Before;
import org.junit.Test;

public class ReportResourcesTest {
    static {
        Http.init();
    }

    private Fakes.Reports reports;
    private DueListResource due;
    private OverdueFollowUpResource followUps;
    private CoverageResource coverage;

    @Before
    public void setUp() {
        reports = new Fakes.Reports();
        due = new DueListResource();
        due.reports = reports;
        due.divisions = new org.guanai.health.internal.testing.FakeRegistry.Divisions();
        followUps = new OverdueFollowUpResource();
        followUps.reports = reports;
        followUps.divisions = new org.guanai.health.internal.testing.FakeRegistry.Divisions();
        coverage = new CoverageResource();
        coverage.reports = reports;
    }

    @Test
    public void dueListDefaultsToThisYear() {
        due.list(null, " 430621100 ", "", "0", "100");
        assertEquals(Integer.valueOf(LocalDate.now().getYear()), reports.year);
        assertEquals("430621100", reports.township);
        assertNull(reports.village);
        assertEquals(100, reports.page.limit);
        due.list("2024", null, "430621100201", null, null);
        assertEquals(Integer.valueOf(2024), reports.year);
        assertEquals("430621100201", reports.village);
        assertEquals("year", only(assertThrows(ValidationException.class,
                () -> due.list("last", null, null, null, null))).field);
    }

    @Test
    public void coverageDefaultsToThisYear() {
        assertEquals(LocalDate.now().getYear(), coverage.coverage(null).year);
        assertEquals(2025, coverage.coverage("2025").year);
        assertEquals("year", only(assertThrows(ValidationException.class, () -> coverage.coverage("2025.5"))).field);
    }

    @Test
    public void overdueFollowUpsAreOfTodayAndTheTownship() {
        followUps.overdue("430621101", null, null);
        assertEquals(LocalDate.now(), reports.today);
        assertEquals("430621101", reports.township);
        followUps.overdue(null, null, null);
        assertNull(reports.township);
    }
}
