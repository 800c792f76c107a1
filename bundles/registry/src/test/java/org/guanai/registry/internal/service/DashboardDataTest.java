package org.guanai.registry.internal.service;

import static org.guanai.registry.internal.service.GuardianshipServiceTest.guardianship;
import static org.guanai.registry.internal.service.HouseholdServiceTest.household;
import static org.guanai.registry.internal.service.HouseholdServiceTest.migrant;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_A;
import static org.guanai.registry.internal.service.Registry.TOWNSHIP_B;
import static org.guanai.registry.internal.service.Registry.VILLAGE_A1;
import static org.guanai.registry.internal.service.Registry.VILLAGE_B1;
import static org.guanai.registry.internal.service.Registry.child;
import static org.guanai.registry.internal.service.Registry.elder;
import static org.guanai.registry.internal.service.Registry.woman;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.guanai.registry.api.BulletinDTO;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantDestinationDTO;
import org.guanai.registry.api.MigrantRelation;
import org.guanai.registry.api.MonthlyStatsDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.registry.api.spi.BulletinSectionDTO;
import org.guanai.registry.api.spi.BulletinSectionProvider;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The dashboard's figures, lists and bulletin over a county of their own (every record counts). */
public class DashboardDataTest {

    private static Registry registry;
    private static DashboardServiceImpl dashboard;
    private static long unguarded;

    @BeforeClass
    public static void fillCounty() {
        registry = Registry.open();
        registry.roles.user("tina", Roles.TOWNSHIP).user("stan", Roles.VIEWER);
        registry.access.setDivisions("tina", List.of(TOWNSHIP_A));
        households(6, VILLAGE_A1, "广东省", "东莞市");
        households(2, VILLAGE_A1, "浙江省", "杭州市");
        households(1, VILLAGE_B1, "福建省", "厦门市");
        households(3, VILLAGE_B1, "江苏省", "苏州市");
        registry.persons.create(woman("甲一", VILLAGE_A1));
        PersonDTO gone = registry.persons.create(woman("甲二", VILLAGE_A1));
        registry.persons.end(gone.id, gone.version, new EndRequest(null, EndReason.MOVED_AWAY, null));
        unguarded = registry.persons.create(child("甲三", 9, VILLAGE_A1)).id;
        PersonDTO weak = registry.persons.create(child("甲四", 10, VILLAGE_A1));
        PersonDTO grandma = registry.persons.create(elder("甲五", VILLAGE_A1));
        registry.guardianships.create(guardianship(weak.id, grandma.id, GuardianCapacity.WEAK));
        registry.persons.create(child("乙一", 8, VILLAGE_B1));
        dashboard = new DashboardServiceImpl(registry.stats, registry.divisions);
        dashboard.addActionListProvider(new RegistryActionLists(registry.persons, registry.guardianships));
    }

    private static void households(int n, String village, String province, String city) {
        for (int i = 0; i < n; i++) {
            HouseholdDTO h = household(city + i, village);
            h.migrantMembers.add(migrant("务工" + i, MigrantRelation.HUSBAND, null));
            h.migrantMembers.get(0).workProvince = province;
            h.migrantMembers.get(0).workCity = city;
            registry.households.create(h);
        }
    }

    @AfterClass
    public static void close() {
        registry.close();
    }

    @Test
    public void destinationsAreCountedMostFirstAndSmallPlacesFoldedForStatisticsOnly() {
        assertEquals("广东省东莞市 6/6, 江苏省苏州市 3/3, 浙江省杭州市 2/2, 福建省厦门市 1/1",
                places(registry.stats.migrantDestinations(null)));
        assertEquals("广东省东莞市 6/6, 浙江省杭州市 2/2", places(registry.stats.migrantDestinations(TOWNSHIP_A)));
        assertEquals("广东省东莞市 6/6, 浙江省杭州市 2/2",
                as("tina", Roles.TOWNSHIP, () -> places(registry.stats.migrantDestinations(null))));
        assertEquals("", as("tina", Roles.TOWNSHIP, () -> places(registry.stats.migrantDestinations(TOWNSHIP_B))));
        // the three small places (6 households) fold into one row; 东莞 stays
        assertEquals("广东省东莞市 6/6, nullnull 6/6", as("stan", Roles.VIEWER, () -> places(registry.stats.migrantDestinations(null))));
    }

    @Test
    public void monthsCountRegistrationsEndingsAndWhoWasActiveAtEachMonthsEnd() {
        YearMonth now = YearMonth.now();
        List<MonthlyStatsDTO> months = registry.stats.monthly(null, now.minusMonths(1), now);
        assertEquals(2, months.size());
        MonthlyStatsDTO before = months.get(0);
        assertEquals(now.minusMonths(1).toString(), before.month);
        assertEquals(Long.valueOf(0), before.registered);
        assertEquals(Long.valueOf(0), before.activeChildren);
        MonthlyStatsDTO last = months.get(1);
        assertEquals(Long.valueOf(6), last.registered);
        assertEquals(Long.valueOf(1), last.ended);
        assertEquals(Long.valueOf(1), last.activeWomen);
        assertEquals(Long.valueOf(3), last.activeChildren);
        assertEquals(Long.valueOf(1), last.activeElderly);
        MonthlyStatsDTO forStats = as("stan", Roles.VIEWER, () -> registry.stats.monthly(null, now, now)).get(0);
        assertEquals(Long.valueOf(6), forStats.registered);
        assertNull("a count of 1 is a small cell", forStats.ended);
        assertNull(forStats.activeChildren);
        assertEquals(Long.valueOf(0), forStats.serviceRecords);
    }

    @Test
    public void monthRangesAreCheckedNamingTheField() {
        YearMonth now = YearMonth.now();
        assertEquals("to", field(() -> registry.stats.monthly(null, now, now.plusMonths(1))));
        assertEquals("from", field(() -> registry.stats.monthly(null, now, now.minusMonths(1))));
        assertEquals("from", field(() -> registry.stats.monthly(null, now.minusMonths(36), now)));
        assertEquals(36, registry.stats.monthly(null, now.minusMonths(35), now).size());
        assertEquals("township", field(() -> registry.stats.monthly("430621999", now, now)));
    }

    @Test
    public void actionListsNameOnlyWhatTheCallerMaySee() {
        List<ActionListDTO> lists = dashboard.actionLists(null, 10);
        ActionListDTO unguardedList = lists.get(0);
        assertEquals(RegistryActionLists.WITHOUT_GUARDIAN, unguardedList.id);
        assertEquals(3, unguardedList.total);
        assertEquals(Set.of("未登记监护人", "监护人监护能力较弱"),
                unguardedList.items.stream().map(i -> i.detailZh).collect(Collectors.toSet()));
        assertTrue(unguardedList.items.stream().anyMatch(i -> ("/api/v1/persons/" + unguarded).equals(i.href)));

        List<ActionListDTO> tinas = as("tina", Roles.TOWNSHIP, () -> dashboard.actionLists(null, 1));
        assertEquals(2, tinas.get(0).total);
        assertEquals(1, tinas.get(0).items.size());
        assertTrue(tinas.get(0).items.stream().allMatch(i -> TOWNSHIP_A.equals(i.townshipCode)));
        assertEquals(List.of(), as("stan", Roles.VIEWER, () -> dashboard.actionLists(null, 10)));
        assertEquals("limit", field(() -> dashboard.actionLists(null, 101)));
    }

    @Test
    public void theBulletinGathersFiguresListsAndModuleSectionsAndSurvivesABrokenModule() {
        DashboardServiceImpl withModules = new DashboardServiceImpl(registry.stats, registry.divisions);
        withModules.addActionListProvider(new RegistryActionLists(registry.persons, registry.guardianships));
        withModules.addBulletinSectionProvider(section("meeting", p -> {
            BulletinSectionDTO s = new BulletinSectionDTO();
            s.titleZh = "联席会议 " + p;
            return s;
        }));
        withModules.addBulletinSectionProvider(section("broken", p -> {
            throw new IllegalStateException("down");
        }));
        YearMonth now = YearMonth.now();
        BulletinPeriod period = new BulletinPeriod(now.getYear(), (now.getMonthValue() + 2) / 3, TOWNSHIP_A);

        BulletinDTO b = as("tina", Roles.TOWNSHIP, () -> withModules.bulletin(period));

        assertEquals(TOWNSHIP_A, b.divisionCode);
        assertEquals(List.of(TOWNSHIP_A), b.townships.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
        assertEquals(1, b.today.women);
        assertEquals(now.toString(), b.months.get(b.months.size() - 1).month);
        assertEquals("广东省东莞市 6/6, 浙江省杭州市 2/2", places(b.destinations));
        assertEquals(2, b.actionLists.get(0).total);
        assertTrue("no names in a bulletin", b.actionLists.stream().allMatch(l -> l.items.isEmpty()));
        assertEquals(List.of("meeting"), b.sections.stream().map(s -> s.moduleId).collect(Collectors.toList()));
        assertEquals(List.of("broken"), b.unavailableModules);
        assertEquals("quarter", field(() -> withModules.bulletin(new BulletinPeriod(now.getYear() + 1, 1, null))));
    }

    private static BulletinSectionProvider section(String module, java.util.function.Function<BulletinPeriod, BulletinSectionDTO> f) {
        return new BulletinSectionProvider() {
            @Override
            public String moduleId() {
                return module;
            }

            @Override
            public BulletinSectionDTO section(BulletinPeriod period) {
                return f.apply(period);
            }
        };
    }

    static String places(List<MigrantDestinationDTO> places) {
        return places.stream().map(p -> p.province + p.city + " " + p.households + "/" + p.migrants)
                .collect(Collectors.joining(", "));
    }

    static <T> T as(String user, String role, Supplier<T> work) {
        return CallerContext.callAs(Caller.of(user, Set.of(role), "test"), work);
    }

    static String field(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.errors().get(0).field;
        }
        throw new AssertionError("no validation error");
    }

}
