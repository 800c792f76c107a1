package org.guanai.health.internal.screening;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.CoverageRowDTO;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.junit.Test;

public class CoverageTest {
    private static final int YEAR = 2025;
    private static final DivisionDTO COUNTY = new DivisionDTO("430621", "湘阴县", DivisionLevel.COUNTY, null);
    private static final DivisionDTO A = new DivisionDTO("430621100", "东塘镇", DivisionLevel.TOWNSHIP, "430621");
    private static final DivisionDTO B = new DivisionDTO("430621101", "西林乡", DivisionLevel.TOWNSHIP, "430621");
    private static final DivisionDTO C = new DivisionDTO("430621102", "南湖街道", DivisionLevel.TOWNSHIP, "430621");
    private static final String A1 = "430621100201";
    private static final String B1 = "430621101201";

    private static LocalDate in(int month) {
        return LocalDate.of(YEAR, month, 10);
    }

    /**
     * Township A: 22 women, 16 checked in the year, 5 with an ABNORMAL check, 7 with a REFERRED one
     * (3 of them followed up on a REFERRED check); B: 3 women, 1 checked; C: nobody.
     */
    private static Population population() {
        Population p = new Population();
        for (long id : p.women(4, "常", A1)) {
            p.check(id, in(3), CheckResult.NORMAL);
        }
        List<Long> abnormal = p.women(3, "异", A1);
        for (long id : abnormal) {
            p.check(id, in(4), CheckResult.ABNORMAL, in(5), null);
        }
        // An ABNORMAL follow-up is not a referral followed up.
        p.check(abnormal.get(0), in(6), CheckResult.ABNORMAL, in(7), in(7));
        List<Long> referred = p.women(5, "转", A1);
        for (int i = 0; i < referred.size(); i++) {
            p.check(referred.get(i), in(4), CheckResult.REFERRED, in(5), i < 2 ? in(6) : null);
        }
        long both = p.woman("双甲", A1);
        p.check(both, in(4), CheckResult.ABNORMAL);
        p.check(both, in(5), CheckResult.REFERRED, in(6), in(6));
        long bothNotFollowed = p.woman("双乙", A1);
        p.check(bothNotFollowed, in(4), CheckResult.ABNORMAL, in(5), in(5));
        p.check(bothNotFollowed, in(5), CheckResult.REFERRED, in(6), null);
        for (long id : p.women(3, "旧", A1)) {
            p.check(id, LocalDate.of(YEAR - 1, 6, 1), CheckResult.REFERRED, null, null);
        }
        p.women(2, "未", A1);
        long later = p.woman("后", A1);
        p.check(later, LocalDate.of(YEAR + 1, 1, 5), CheckResult.ABNORMAL);
        for (long id : p.women(2, "两", A1)) {
            p.check(id, in(2), CheckResult.NORMAL);
            p.check(id, in(11), CheckResult.NORMAL);
        }
        // Checked, but not one of the active women (another category, or ended): not counted anywhere.
        long outsider = p.outsider();
        p.check(outsider, in(4), CheckResult.REFERRED, in(5), in(5));

        p.check(p.woman("西一", B1), in(8), CheckResult.NORMAL);
        p.women(2, "西未", B1);
        return p;
    }

    @Test
    public void everyTownshipWithExactCountsAndPercentages() {
        Population p = population();
        CoverageDTO coverage = Coverage.of(YEAR, COUNTY, List.of(A, B, C), p.women, p.checks);

        assertEquals(YEAR, coverage.year);
        assertEquals(3, coverage.townships.size());
        assertRow(coverage.townships.get(0), "430621100", "东塘镇", 22, 16, 5, 7, 3, 72.7, 31.3, 43.8, 42.9);
        assertRow(coverage.townships.get(1), "430621101", "西林乡", 3, 1, 0, 0, 0, 33.3, 0, 0, 0);
        assertRow(coverage.townships.get(2), "430621102", "南湖街道", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertRow(coverage.county, "430621", "湘阴县", 25, 17, 5, 7, 3, 68.0, 29.4, 41.2, 42.9);
    }

    @Test
    public void anotherYearCountsOnlyItsOwnChecks() {
        Population p = population();
        CoverageDTO last = Coverage.of(YEAR - 1, COUNTY, List.of(A, B, C), p.women, p.checks);
        // The three "旧" women were referred last year, none followed up.
        assertRow(last.townships.get(0), "430621100", "东塘镇", 22, 3, 0, 3, 0, 13.6, 0, 100.0, 0);
        assertRow(last.county, "430621", "湘阴县", 25, 3, 0, 3, 0, 12.0, 0, 100.0, 0);
    }

    @Test
    public void percentagesHaveOneDecimalRoundedHalfUpAndZeroForNothing() {
        assertEquals(0.0, Coverage.percent(0, 0), 0);
        assertEquals(0.0, Coverage.percent(5, 0), 0);
        assertEquals(33.3, Coverage.percent(1, 3), 0);
        assertEquals(66.7, Coverage.percent(2, 3), 0);
        assertEquals(31.3, Coverage.percent(5, 16), 0);
        assertEquals(0.1, Coverage.percent(1, 1000), 0);
        assertEquals(0.1, Coverage.percent(1, 2000), 0);
        assertEquals(0.0, Coverage.percent(1, 2001), 0);
        assertEquals(100.0, Coverage.percent(15203, 15203), 0);
    }

    static void assertRow(CoverageRowDTO row, String code, String name, long due, long checked, long abnormal,
                          long referred, long followedUp, double checkedPct, double abnormalPct,
                          double referredPct, double followedUpPct) {
        assertEquals(code, row.townshipCode);
        assertEquals(name, row.townshipName);
        assertEquals(code + " due", due, row.due);
        assertEquals(code + " checked", checked, row.checked);
        assertEquals(code + " abnormal", Long.valueOf(abnormal), row.abnormal);
        assertEquals(code + " referred", Long.valueOf(referred), row.referred);
        assertEquals(code + " followed up", Long.valueOf(followedUp), row.referralsFollowedUp);
        assertEquals(code + " checked %", checkedPct, row.checkedPercent, 0);
        assertEquals(code + " abnormal %", abnormalPct, row.abnormalPercent, 0);
        assertEquals(code + " referred %", referredPct, row.referredPercent, 0);
        assertEquals(code + " followed-up %", followedUpPct, row.followedUpPercent, 0);
    }
}
