package org.guanai.registry.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.BulletinDTO;
import org.guanai.registry.api.DashboardService;
import org.guanai.registry.api.MonthlyStatsDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.testing.Http;
import org.junit.Test;

/** The dashboard's endpoints: parameters, their defaults, and the errors that name them. */
public class DashboardResourcesTest {

    private final StatsResource stats = new StatsResource();
    private final Dashboard dashboard = new Dashboard();

    public DashboardResourcesTest() {
        stats.stats = new Fakes.Stats();
    }

    @Test
    public void monthlyDefaultsToTheLastTwelveMonths() {
        List<MonthlyStatsDTO> months = stats.monthly(null, null, null);
        assertEquals(YearMonth.now().minusMonths(11).toString(), months.get(0).month);
        assertEquals(YearMonth.now().toString(), months.get(1).month);
        assertEquals("2026-01", stats.monthly(" ", "2026-01", "2026-03").get(0).month);
    }

    @Test
    public void aMonthThatIsNoMonthIsRefusedNamingIt() {
        ValidationException e = assertThrows(ValidationException.class, () -> stats.monthly(null, "2026-13", null));
        assertEquals("from", Http.fieldError(e).field);
        e = assertThrows(ValidationException.class, () -> stats.monthly(null, null, "三月"));
        assertEquals("to", Http.fieldError(e).field);
    }

    @Test
    public void migrantsPassTheTownship() {
        assertEquals("430621100", stats.migrants(" 430621100 ").get(0).city);
        assertNull(stats.migrants("").get(0).city);
    }

    @Test
    public void actionListsTakeALimitUpToTheMaximum() {
        ActionListResource resource = new ActionListResource();
        resource.dashboard = dashboard;
        resource.list("430621100", null);
        assertEquals("430621100", dashboard.township);
        assertEquals(ActionListResource.DEFAULT_ITEMS, dashboard.limit);
        resource.list(null, "0");
        assertEquals(0, dashboard.limit);
        for (String bad : new String[] {"-1", "101", "ten", "1e3"}) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> resource.list(null, bad));
            assertEquals("limit", Http.fieldError(e).field);
        }
    }

    @Test
    public void bulletinDefaultsToTheCurrentQuarter() {
        BulletinResource resource = new BulletinResource();
        resource.dashboard = dashboard;
        resource.get(null, null, null);
        LocalDate today = LocalDate.now();
        assertEquals(today.getYear(), dashboard.period.year);
        assertEquals((today.getMonthValue() + 2) / 3, dashboard.period.quarter);
        assertNull(dashboard.period.townshipCode);
        resource.get("2026", "2", "430621100");
        assertEquals(LocalDate.of(2026, 4, 1), dashboard.period.from);
        assertEquals(LocalDate.of(2026, 6, 30), dashboard.period.to);
        assertEquals("430621100", dashboard.period.townshipCode);
        ValidationException e = assertThrows(ValidationException.class, () -> resource.get("2026", "5", null));
        assertEquals("quarter", Http.fieldError(e).field);
        e = assertThrows(ValidationException.class, () -> resource.get("26", "1", null));
        assertEquals("year", Http.fieldError(e).field);
    }

    private static final class Dashboard implements DashboardService {
        String township;
        int limit = -1;
        BulletinPeriod period;

        @Override
        public List<ActionListDTO> actionLists(String townshipCode, int limit) {
            this.township = townshipCode;
            this.limit = limit;
            return new ArrayList<>();
        }

        @Override
        public BulletinDTO bulletin(BulletinPeriod period) {
            this.period = period;
            return new BulletinDTO();
        }
    }
}
