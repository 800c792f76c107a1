package org.guanai.health.internal.service;

import static org.guanai.health.internal.service.Health.TODAY;
import static org.guanai.health.internal.service.Health.check;
import static org.guanai.health.internal.service.Health.only;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_A;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_B;
import static org.guanai.health.internal.testing.FakeRegistry.TOWNSHIP_C;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A1;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_A2;
import static org.guanai.health.internal.testing.FakeRegistry.VILLAGE_B1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ValidationException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The reports end to end: a generated population in the faked registry, checks recorded through the
 * service into Derby, and the figures the reports give for it. "This year" is 2026 ({@link Health#TODAY}).
 */
public class ScreeningReportsTest {
    private static final int YEAR = 2026;

    private static Health health;
    private static final List<Long> dueOrder = new ArrayList<>();
    private static long abnormalOpen;
    private static long referredOpen;
    private static long childReferred;
    private static long wu;

    @BeforeClass
    public static void population() {
        health = Health.open();
        // Township A, village A1: 3 checked NORMAL this year, 1 ABNORMAL and 2 REFERRED (1 followed up).
        for (int i = 0; i < 3; i++) {
            health.record(woman("常" + i, VILLAGE_A1), LocalDate.of(YEAR, 3, 1 + i), CheckResult.NORMAL);
        }
        abnormalOpen = record(woman("异", VILLAGE_A1), LocalDate.of(YEAR, 4, 1), CheckResult.ABNORMAL,
                LocalDate.of(YEAR, 5, 1), null);
        record(woman("转诊甲", VILLAGE_A1), LocalDate.of(YEAR, 4, 2), CheckResult.REFERRED,
                LocalDate.of(YEAR, 5, 2), LocalDate.of(YEAR, 5, 10));
        referredOpen = record(woman("转诊乙", VILLAGE_A1), LocalDate.of(YEAR, 5, 1), CheckResult.REFERRED,
                LocalDate.of(YEAR, 6, 1), null);
        // Due in A1: checked last year only, or never; named so that pinyin order differs from the ids'.
        long sun = woman("孙丽", VILLAGE_A1);
        health.record(sun, LocalDate.of(YEAR - 1, 9, 1), CheckResult.NORMAL);
        long zhao = woman("赵敏", VILLAGE_A1);
        long qian = woman("钱芳", VILLAGE_A1);
        health.record(qian, LocalDate.of(YEAR - 1, 10, 1), CheckResult.ABNORMAL);
        long feng = woman("冯静", VILLAGE_A1);
        // Village A2: one woman never checked; one who moved away (ended) after her check this year;
        // a child checked with allowOtherCategory, referred and not followed up.
        wu = woman("吴霞", VILLAGE_A2);
        long moved = woman("迁出", VILLAGE_A2);
        health.record(moved, LocalDate.of(YEAR, 2, 1), CheckResult.NORMAL);
        health.registry.persons.endPerson(moved);
        PersonDTO child = health.registry.person("小红", VILLAGE_A2, CareCategory.LEFT_BEHIND_CHILD);
        CheckRecordDTO childCheck = check(child.id, LocalDate.of(YEAR, 6, 1), CheckResult.REFERRED);
        childCheck.allowOtherCategory = true;
        childCheck.followUpDue = LocalDate.of(YEAR, 6, 10);
        childReferred = health.checks.record(childCheck).id;
        // Township B: 2 checked this year, 1 never, 1 last checked two years ago; C: nobody at all.
        for (int i = 0; i < 2; i++) {
            health.record(woman("西" + i, VILLAGE_B1), LocalDate.of(YEAR, 1, 5 + i), CheckResult.NORMAL);
        }
        long zheng = woman("郑云", VILLAGE_B1);
        long he = woman("何英", VILLAGE_B1);
        health.record(he, LocalDate.of(YEAR - 2, 7, 7), CheckResult.NORMAL);
        dueOrder.addAll(List.of(feng, qian, sun, zhao, wu, he, zheng));
    }

    @AfterClass
    public static void close() {
        health.close();
    }

    private static long woman(String name, String village) {
        return health.registry.woman(name, village).id;
    }

    private static long record(long person, LocalDate on, CheckResult result, LocalDate due, LocalDate done) {
        CheckRecordDTO c = check(person, on, result);
        c.followUpDue = due;
        c.followedUpOn = done;
        return health.checks.record(c).id;
    }

    @Test
    public void coverageOfTheYearPerTownshipAndCounty() {
        CoverageDTO coverage = health.reports.coverage(YEAR);
        assertEquals(YEAR, coverage.year);
        assertEquals(List.of(TOWNSHIP_A, TOWNSHIP_B, TOWNSHIP_C),
                coverage.townships.stream().map(r -> r.townshipCode).collect(Collectors.toList()));
        // A: 11 active women (the ended one and the child do not count), 6 checked.
        assertRow(coverage.townships.get(0), "东塘镇", 11, 6, 1, 2, 1, 54.5, 16.7, 33.3, 50.0);
        assertRow(coverage.townships.get(1), "西林乡", 4, 2, 0, 0, 0, 50.0, 0, 0, 0);
        assertRow(coverage.townships.get(2), "南湖街道", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRow(coverage.county, "湘阴县", 15, 8, 1, 2, 1, 53.3, 12.5, 25.0, 50.0);
    }

    @Test
    public void lastYearsCoverageCountsLastYearsChecks() {
        CoverageDTO coverage = health.reports.coverage(YEAR - 1);
        assertRow(coverage.townships.get(0), "东塘镇", 11, 2, 1, 0, 0, 18.2, 50.0, 0, 0);
        assertRow(coverage.county, "湘阴县", 15, 2, 1, 0, 0, 13.3, 50.0, 0, 0);
    }

    @Test
    public void dueListOrderedByVillageThenNameWithReasons() {
        Page<DueWomanDTO> due = health.reports.dueList(YEAR, null, null, PageRequest.first(50));
        assertEquals(7, due.total);
        assertEquals(dueOrder, ids(due));
        assertEquals(List.of("从未检查", "最近一次检查在 2025 年", "最近一次检查在 2025 年", "从未检查",
                "从未检查", "最近一次检查在 2024 年", "从未检查"),
                due.items.stream().map(d -> d.reason).collect(Collectors.toList()));
        DueWomanDTO wuXia = due.items.get(4);
        assertEquals("吴霞", wuXia.name);
        assertEquals(VILLAGE_A2, wuXia.villageCode);
        assertEquals(TOWNSHIP_A, wuXia.townshipCode);
        assertEquals(health.registry.persons.get(wu).phone, wuXia.phone);
    }

    @Test
    public void dueListPagesAndFiltersByTownshipAndVillage() {
        Page<DueWomanDTO> page = health.reports.dueList(YEAR, null, null, PageRequest.of(2, 3));
        assertEquals(7, page.total);
        assertEquals(dueOrder.subList(2, 5), ids(page));
        assertEquals(dueOrder.subList(5, 7), ids(health.reports.dueList(YEAR, TOWNSHIP_B, null, PageRequest.first(50))));
        assertEquals(List.of(wu), ids(health.reports.dueList(YEAR, null, VILLAGE_A2, PageRequest.first(50))));
        assertEquals(0, health.reports.dueList(YEAR, TOWNSHIP_C, null, PageRequest.first(50)).total);
        // In 2025, those checked in 2026 only were due too, and those checked in 2025 were not.
        assertEquals(15 - 2, health.reports.dueList(YEAR - 1, null, null, PageRequest.first(50)).total);
    }

    @Test
    public void overdueFollowUpsMostOverdueFirst() {
        Page<FollowUpDTO> overdue = health.reports.overdueFollowUps(TODAY, null, PageRequest.first(50));
        assertEquals(List.of(abnormalOpen, referredOpen, childReferred),
                overdue.items.stream().map(f -> f.checkId).collect(Collectors.toList()));
        assertEquals(List.of(45L, 14L, 5L), overdue.items.stream().map(f -> f.daysOverdue).collect(Collectors.toList()));
        assertEquals("异", overdue.items.get(0).name);
        assertEquals(3, health.reports.overdueFollowUps(TODAY, TOWNSHIP_A, PageRequest.first(50)).total);
        assertEquals(0, health.reports.overdueFollowUps(TODAY, TOWNSHIP_B, PageRequest.first(50)).total);
        // A month earlier, only the first was overdue.
        assertEquals(1, health.reports.overdueFollowUps(LocalDate.of(YEAR, 5, 15), null, PageRequest.first(50)).total);
    }

    @Test
    public void yearsFrom2000ToNextYear() {
        for (int bad : new int[] {1999, YEAR + 2}) {
            assertEquals("year", only(assertThrows(ValidationException.class,
                    () -> health.reports.coverage(bad))).field);
            assertEquals("year", only(assertThrows(ValidationException.class,
                    () -> health.reports.dueList(bad, null, null, PageRequest.first(5)))).field);
        }
        assertEquals(15, health.reports.dueList(YEAR + 1, null, null, PageRequest.first(5)).total);
    }

    @Test
    public void womenAreReadFromTheRegistryInOneQuery() {
        try (Health big = Health.open()) {
            for (int i = 0; i < 1203; i++) {
                big.registry.woman("女" + i, VILLAGE_B1);
            }
            long checked = big.registry.woman("已查", VILLAGE_A1).id;
            big.record(checked, LocalDate.of(YEAR, 3, 3), CheckResult.NORMAL);
            big.registry.persons.limitsAsked.clear();
            big.registry.persons.listCalls = 0;

            CoverageDTO coverage = big.reports.coverage(YEAR);
            assertEquals(1204, coverage.county.due);
            assertEquals(1, coverage.county.checked);
            assertEquals(0.1, coverage.county.checkedPercent, 0);
            // in short rows through the directory (issue #15), not page by page through the person list
            assertEquals(0, big.registry.persons.listCalls);

            Page<DueWomanDTO> due = big.reports.dueList(YEAR, TOWNSHIP_B, null, PageRequest.of(1200, 50));
            assertEquals(1203, due.total);
            assertEquals(3, due.items.size());
        }
    }

    private static List<Long> ids(Page<DueWomanDTO> page) {
        return page.items.stream().map(d -> d.personId).collect(Collectors.toList());
    }

    private static void assertRow(CoverageRowDTO row, String name, long due, long checked, long abnormal, long referred,
                                  long followedUp, double checkedPct, double abnormalPct, double referredPct,
                                  double followedUpPct) {
        assertEquals(name, row.townshipName);
        assertEquals(name + " due", due, row.due);
        assertEquals(name + " checked", checked, row.checked);
        assertEquals(name + " abnormal", Long.valueOf(abnormal), row.abnormal);
        assertEquals(name + " referred", Long.valueOf(referred), row.referred);
        assertEquals(name + " followed up", Long.valueOf(followedUp), row.referralsFollowedUp);
        assertEquals(name + " checked %", checkedPct, row.checkedPercent, 0);
        assertEquals(name + " abnormal %", abnormalPct, row.abnormalPercent, 0);
        assertEquals(name + " referred %", referredPct, row.referredPercent, 0);
        assertEquals(name + " followed-up %", followedUpPct, row.followedUpPercent, 0);
    }
}
