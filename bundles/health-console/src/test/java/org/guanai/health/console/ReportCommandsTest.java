package org.guanai.health.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.guanai.health.api.CoverageRowDTO;
import org.guanai.health.api.DueReason;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.FollowUpDTO;
import org.guanai.testing.Captured;
import org.guanai.testing.fakes.FakeDivisions;
import org.junit.Rule;
import org.junit.Test;
import java.util.Locale;
import org.guanai.shell.api.Console;

/** The due list, overdue follow-ups and coverage. */
public class ReportCommandsTest {

    @Rule
    public final Captured console = new Captured();

    private static final Clock SPRING_2026 = Clock.fixed(LocalDate.of(2026, 4, 20).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));

    private final Fakes.Reports reports = new Fakes.Reports();
    private final FakeDivisions divisions = new FakeDivisions();

    @Test
    public void dueListsThisYearsWomenAsTheServiceShowsThemAndAFooter() throws Exception {
        // phones come masked from the registry for a caller without a full view; the console prints them as given
        reports.due.add(due(12, "王秀英", "330726001201", "138****5678", "never checked"));
        reports.due.add(due(15, "李桂芳", "330726101201", null, "last checked in 2024"));
        for (int i = 0; i < 130; i++) {
            reports.due.add(due(100 + i, "张" + i, "330726101202", "13900000000", "never checked"));
        }
        Due command = new Due();
        command.reports = reports;
        command.divisions = divisions;
        command.clock = SPRING_2026;
        command.township = "330726101";
        command.execute();

        assertEquals(Integer.valueOf(2026), reports.lastYear);
        assertEquals("330726101", reports.lastTownship);
        List<String> lines = console.out().lines().toList();
        assertEquals(53, lines.size());
        assertEquals(List.of("编号", "姓名", "村", "电话", "原因"), Rows.cells(lines.get(0)));
        assertEquals(List.of("12", "王秀英", "石门村", "138****5678", "从未检查"), Rows.cells(lines.get(2)));
        assertEquals(List.of("15", "李桂芳", "前吴村", "", "最近一次检查在 2024 年"), Rows.cells(lines.get(3)));
        assertEquals("第 1–50 条，共 132 条2026 年应检妇女（下一页：--offset 50）", lines.get(52));
        assertFalse("full phones stay hidden", console.out().contains("13812345678"));
    }

    @Test
    public void dueTakesTheYearVillageAndPageAsked() throws Exception {
        reports.due.add(due(12, "王秀英", "330726001201", "13812345678", "last checked in 2023"));
        reports.dueTotal = 3;
        Due command = new Due();
        command.reports = reports;
        command.divisions = divisions;
        command.year = "2025";
        command.village = "330726001201";
        command.offset = "0";
        command.limit = "1";
        command.execute();

        assertEquals(Integer.valueOf(2025), reports.lastYear);
        assertEquals("330726001201", reports.lastVillage);
        assertEquals("第 1–1 条，共 3 条2025 年应检妇女（下一页：--offset 1）", console.out().lines().reduce((a, b) -> b).get());
    }

    @Test
    public void followUpsAreAskedForTodayAndListedMostOverdueFirst() throws Exception {
        FollowUpDTO f = new FollowUpDTO();
        f.checkId = 40;
        f.personId = 12;
        f.name = "王秀英";
        f.townshipCode = "330726001";
        f.checkedOn = LocalDate.of(2026, 1, 10);
        f.followUpDue = LocalDate.of(2026, 2, 10);
        f.daysOverdue = 69;
        reports.followUps.add(f);
        FollowUps command = new FollowUps();
        command.reports = reports;
        command.divisions = divisions;
        command.clock = SPRING_2026;
        command.township = "330726001";
        command.execute();

        assertEquals(LocalDate.of(2026, 4, 20), reports.lastToday);
        assertEquals("330726001", reports.lastTownship);
        List<String> lines = console.out().lines().toList();
        assertEquals(List.of("40", "12", "王秀英", "浦阳街道", "2026-01-10", "2026-02-10", "69"), Rows.cells(lines.get(2)));
        assertEquals("第 1–1 条，共 1 条逾期随访", lines.get(3));
    }

    @Test
    public void coverageHasOneRowPerTownshipAndTheCountyLast() throws Exception {
        reports.coverage.townships.add(row("330726001", "浦阳街道", 812, 540, 31, 12, 9));
        reports.coverage.townships.add(row("330726101", "黄宅镇", 1204, 301, 18, 6, 2));
        reports.coverage.county = row("330726", "浦江县", 2016, 841, 49, 18, 11);
        Coverage command = new Coverage();
        command.reports = reports;
        command.clock = SPRING_2026;
        Console.speaking(Locale.ENGLISH, command::execute);

        assertEquals(Integer.valueOf(2026), reports.lastYear);
        assertEquals(Captured.lines(
                "Screening coverage in 2026:",
                "township  | name         |  due | checked | checked % | abnormal | referred | followed up | followed-up %",
                "----------+--------------+------+---------+-----------+----------+----------+-------------+--------------",
                "330726001 | 浦阳街道     |  812 |     540 |      66.5 |       31 |       12 |           9 |          75.0",
                "330726101 | 黄宅镇       | 1204 |     301 |      25.0 |       18 |        6 |           2 |          33.3",
                "330726    | Total 浦江县 | 2016 |     841 |      41.7 |       49 |       18 |          11 |          61.1"),
                console.out());
    }

    @Test
    public void coverageHeadersAreChineseByDefault() throws Exception {
        reports.coverage.county = row("330726", "浦江县", 2016, 841, 49, 18, 11);
        Coverage command = new Coverage();
        command.reports = reports;
        command.clock = SPRING_2026;
        command.execute();

        List<String> lines = console.out().lines().toList();
        assertEquals("2026 年筛查覆盖情况：", lines.get(0));
        assertEquals(List.of("代码", "乡镇名称", "应检", "已检", "已检%", "异常", "转诊", "已随访", "随访%"),
                Rows.cells(lines.get(1)));
    }

    @Test
    public void aBadYearIsReportedPlainly() throws Exception {
        Coverage command = new Coverage();
        command.reports = reports;
        command.year = "26";
        command.execute();

        assertEquals(Captured.lines("--year：“26”不是年份（YYYY）"), console.err());
        assertEquals(null, reports.lastYear);
    }

    private static DueWomanDTO due(long id, String name, String village, String phone, String reason) {
        DueWomanDTO w = new DueWomanDTO();
        w.personId = id;
        w.name = name;
        w.villageCode = village;
        w.townshipCode = village.substring(0, 9);
        w.phone = phone;
        w.reason = reason;
        w.reasonCode = reason.startsWith("never") ? DueReason.NEVER_CHECKED : DueReason.CHECKED_BEFORE;
        w.lastCheckYear = reason.startsWith("never") ? null : Integer.valueOf(reason.substring(reason.length() - 4));
        return w;
    }

    private static CoverageRowDTO row(String code, String name, long due, long checked, long abnormal, long referred,
            long followedUp) {
        CoverageRowDTO r = new CoverageRowDTO();
        r.townshipCode = code;
        r.townshipName = name;
        r.due = due;
        r.checked = checked;
        r.abnormal = abnormal;
        r.referred = referred;
        r.referralsFollowedUp = followedUp;
        r.checkedPercent = Math.round(1000.0 * checked / due) / 10.0;
        r.followedUpPercent = Math.round(1000.0 * followedUp / referred) / 10.0;
        return r;
    }
}
