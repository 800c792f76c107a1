package org.guanai.health.internal.screening;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.guanai.health.api.CheckResult;
import org.guanai.health.api.DueReason;
import org.guanai.health.api.DueWomanDTO;
import org.junit.Test;

public class DueListTest {
    private static final String A1 = "430621100201";
    private static final String A2 = "430621100202";
    private static final String B1 = "430621101201";

    private final Population p = new Population();
    // Added out of order, so the ordering is the rule's.
    private final long wangA = p.woman("王芳", A2);
    private final long zhou = p.woman("周红", B1);
    private final long li = p.woman("李娜", A2);
    private final long zhang = p.woman("张敏", A2);
    private final long wangB = p.woman("王芳", A2);
    private final long chen = p.woman("陈静", A2);
    private final long zhao = p.woman("赵丽", A1);

    {
        p.check(li, LocalDate.of(2024, 5, 1), CheckResult.NORMAL);
        p.check(zhang, LocalDate.of(2025, 4, 2), CheckResult.NORMAL);
        p.check(wangB, LocalDate.of(2023, 9, 9), CheckResult.ABNORMAL);
        p.check(wangB, LocalDate.of(2026, 1, 10), CheckResult.NORMAL);
        p.check(chen, LocalDate.of(2026, 2, 1), CheckResult.NORMAL);
        p.check(zhou, LocalDate.of(2022, 3, 3), CheckResult.NORMAL);
        p.check(zhou, LocalDate.of(2024, 3, 3), CheckResult.REFERRED);
    }

    @Test
    public void womenWithoutACheckInTheYearByVillageThenPinyinThenId() {
        List<DueWomanDTO> due = DueList.of(2025, p.women, p.checkDays());

        assertEquals(List.of(zhao, chen, li, wangA, wangB, zhou), ids(due));
        assertEquals(List.of("从未检查", "从未检查", "最近一次检查在 2024 年", "从未检查",
                "最近一次检查在 2023 年", "最近一次检查在 2024 年"), reasons(due));
        DueWomanDTO first = due.get(0);
        assertEquals("赵丽", first.name);
        assertEquals(A1, first.villageCode);
        assertEquals("430621100", first.townshipCode);
        assertEquals("13900000007", first.phone);
        assertNull(first.lastCheckYear);
        assertEquals(Integer.valueOf(2024), due.get(2).lastCheckYear);
        assertEquals(DueReason.NEVER_CHECKED, first.reasonCode);
        assertEquals(DueReason.CHECKED_BEFORE, due.get(2).reasonCode);
    }

    @Test
    public void theReasonIsACodeAndASentenceInTheReadersLanguage() {
        List<DueWomanDTO> due = DueList.of(2025, p.women, p.checkDays());

        assertEquals("never checked", DueList.reason(due.get(0), Locale.ENGLISH));
        assertEquals("last checked in 2024", DueList.reason(due.get(2), Locale.ENGLISH));
        assertEquals("最近一次检查在 2024 年", DueList.reason(due.get(2), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    public void checksAfterTheYearDoNotCountForIt() {
        List<DueWomanDTO> due = DueList.of(2024, p.women, p.checkDays());

        // 李娜 and 周红 were checked in 2024; 张敏's 2025 check and 陈静's 2026 one are later.
        assertEquals(List.of(zhao, chen, wangA, wangB, zhang), ids(due));
        assertEquals(List.of("从未检查", "从未检查", "从未检查", "最近一次检查在 2023 年",
                "从未检查"), reasons(due));
    }

    @Test
    public void aYearEveryoneWasCheckedInHasNobodyDue() {
        Population all = new Population();
        for (long id : all.women(5, "女", A1)) {
            all.check(id, LocalDate.of(2025, 1, 1), CheckResult.NORMAL);
            all.check(id, LocalDate.of(2025, 12, 31), CheckResult.NORMAL);
        }
        assertEquals(0, DueList.of(2025, all.women, all.checkDays()).size());
        assertEquals(5, DueList.of(2026, all.women, all.checkDays()).size());
    }

    @Test
    public void onlyTheWomenGivenAreListed() {
        Population few = new Population();
        long outsider = few.outsider();
        few.check(outsider, LocalDate.of(2024, 1, 1), CheckResult.NORMAL);
        assertEquals(0, DueList.of(2025, few.women, few.checkDays()).size());
    }

    static List<Long> ids(List<DueWomanDTO> due) {
        return due.stream().map(d -> d.personId).collect(Collectors.toList());
    }

    static List<String> reasons(List<DueWomanDTO> due) {
        return due.stream().map(d -> d.reason).collect(Collectors.toList());
    }
}
