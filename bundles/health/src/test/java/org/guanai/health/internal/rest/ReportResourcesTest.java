package org.guanai.health.internal.rest;

import org.guanai.testing.Http;
import static org.guanai.health.internal.rest.CheckResourceTest.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.core.HttpHeaders;

import org.guanai.health.api.DueReason;
import org.guanai.health.api.DueWomanDTO;
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
        due.list(null, " 430621100 ", "", "0", "100", null);
        assertEquals(Integer.valueOf(LocalDate.now().getYear()), reports.year);
        assertEquals("430621100", reports.township);
        assertNull(reports.village);
        assertEquals(100, reports.page.limit);
        due.list("2024", null, "430621100201", null, null, null);
        assertEquals(Integer.valueOf(2024), reports.year);
        assertEquals("430621100201", reports.village);
        assertEquals("year", only(assertThrows(ValidationException.class,
                () -> due.list("last", null, null, null, null, null))).field);
    }

    @Test
    public void dueReasonsAreInTheLanguageAskedForWithTheirCode() {
        DueWomanDTO never = new DueWomanDTO();
        never.reasonCode = DueReason.NEVER_CHECKED;
        DueWomanDTO before = new DueWomanDTO();
        before.reasonCode = DueReason.CHECKED_BEFORE;
        before.lastCheckYear = 2024;
        reports.due.add(never);
        reports.due.add(before);

        List<DueWomanDTO> english = due.list("2026", null, null, null, null, acceptLanguage(Locale.ENGLISH)).items;
        assertEquals(List.of("never checked", "last checked in 2024"), reasons(english));
        List<DueWomanDTO> chinese = due.list("2026", null, null, null, null, null).items;
        assertEquals(List.of("从未检查", "最近一次检查在 2024 年"), reasons(chinese));
        assertEquals(DueReason.CHECKED_BEFORE, chinese.get(1).reasonCode);
    }

    private static List<String> reasons(List<DueWomanDTO> due) {
        return due.stream().map(w -> w.reason).toList();
    }

    private static HttpHeaders acceptLanguage(Locale language) {
        return (HttpHeaders) Proxy.newProxyInstance(ReportResourcesTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getAcceptableLanguages") ? List.of(language) : null);
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
