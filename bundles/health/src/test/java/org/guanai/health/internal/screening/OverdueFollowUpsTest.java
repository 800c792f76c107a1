package org.guanai.health.internal.screening;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guanai.health.api.CheckResult;
import org.guanai.health.api.FollowUpDTO;
import org.junit.Test;

public class OverdueFollowUpsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String A1 = "430621100201";
    private static final String B1 = "430621101201";

    private final Population p = new Population();
    private final long a = p.woman("甲", A1);
    private final long b = p.woman("乙", B1);
    private final long c = p.woman("丙", A1);
    private final CheckFact tenDays = p.check(a, TODAY.minusDays(40), CheckResult.REFERRED, TODAY.minusDays(10), null);
    private final CheckFact yesterday = p.check(b, TODAY.minusDays(5), CheckResult.ABNORMAL, TODAY.minusDays(1), null);
    private final CheckFact hundredDays = p.check(c, TODAY.minusDays(200), CheckResult.ABNORMAL, TODAY.minusDays(100),
            null);
    private final CheckFact tenDaysOlderCheck = p.check(b, TODAY.minusDays(90), CheckResult.REFERRED,
            TODAY.minusDays(10), null);

    {
        p.check(a, TODAY.minusDays(3), CheckResult.ABNORMAL, TODAY, null);                   // due today: not yet overdue
        p.check(a, TODAY.minusDays(3), CheckResult.ABNORMAL, TODAY.plusDays(30), null);      // due later
        p.check(c, TODAY.minusDays(60), CheckResult.REFERRED, TODAY.minusDays(30), TODAY.minusDays(20)); // done
        p.check(c, TODAY.minusDays(60), CheckResult.NORMAL);                                 // nothing due
    }

    private Map<Long, PersonFact> persons() {
        Map<Long, PersonFact> persons = new HashMap<>();
        p.women.forEach(w -> persons.put(w.personId(), w));
        return persons;
    }

    @Test
    public void dueBeforeTodayAndNotFollowedUpMostOverdueFirst() {
        List<FollowUpDTO> overdue = OverdueFollowUps.of(TODAY, null, p.checks, persons());

        // Equally overdue: the older check first.
        assertEquals(List.of(hundredDays.checkId(), tenDaysOlderCheck.checkId(), tenDays.checkId(),
                yesterday.checkId()), checkIds(overdue));
        assertEquals(List.of(100L, 10L, 10L, 1L), overdue.stream().map(f -> f.daysOverdue).collect(Collectors.toList()));
        FollowUpDTO first = overdue.get(0);
        assertEquals(c, first.personId);
        assertEquals("丙", first.name);
        assertEquals("430621100", first.townshipCode);
        assertEquals(TODAY.minusDays(200), first.checkedOn);
        assertEquals(TODAY.minusDays(100), first.followUpDue);
    }

    @Test
    public void aTownshipKeepsItsOwnPeopleOnly() {
        assertEquals(List.of(hundredDays.checkId(), tenDays.checkId()),
                checkIds(OverdueFollowUps.of(TODAY, "430621100", p.checks, persons())));
        assertEquals(List.of(tenDaysOlderCheck.checkId(), yesterday.checkId()),
                checkIds(OverdueFollowUps.of(TODAY, "430621101", p.checks, persons())));
        assertEquals(List.of(), OverdueFollowUps.of(TODAY, "430621102", p.checks, persons()));
    }

    @Test
    public void someoneTheRegistryDoesNotKnowIsListedWithoutName() {
        Map<Long, PersonFact> persons = persons();
        persons.remove(c);
        List<FollowUpDTO> overdue = OverdueFollowUps.of(TODAY, null, p.checks, persons);
        assertEquals(4, overdue.size());
        assertNull(overdue.get(0).name);
        assertEquals(3, OverdueFollowUps.of(TODAY, null, p.checks, persons).stream().filter(f -> f.name != null)
                .count());
        assertEquals(List.of(tenDays.checkId()), checkIds(OverdueFollowUps.of(TODAY, "430621100", p.checks, persons)));
    }

    static List<Long> checkIds(List<FollowUpDTO> list) {
        return list.stream().map(f -> f.checkId).collect(Collectors.toList());
    }
}
