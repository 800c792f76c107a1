package org.guanai.legal.internal.service;

import static org.guanai.legal.internal.service.Legal.COUNTY;
import static org.guanai.legal.internal.service.Legal.LEGAL;
import static org.guanai.legal.internal.service.Legal.TODAY;
import static org.guanai.legal.internal.service.Legal.as;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.CountDTO;
import org.guanai.legal.api.EventKind;
import org.guanai.legal.api.EventReportRowDTO;
import org.guanai.legal.api.PromotionEventDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.api.Topic;
import org.guanai.registry.api.ValidationException;
import org.junit.After;
import org.junit.Test;

/** Events per township and month; case figures as totals, small cells suppressed for anyone but legal staff. */
public class ReportsTest {
    private final Legal m = new Legal();

    @After
    public void close() {
        m.close();
    }

    @Test
    public void eventsAreCountedPerTownshipAndMonth() {
        for (int i = 0; i < 2; i++) {
            PromotionEventDTO e = new PromotionEventDTO();
            e.heldOn = TODAY.withDayOfMonth(1);
            e.kind = EventKind.VILLAGE_CAMPAIGN;
            e.villageCode = Legal.VILLAGE;
            e.topics = List.of(Topic.ANTI_DOMESTIC_VIOLENCE);
            e.headCount = 100;
            e.materials = 40;
            e.attendeePersonIds = List.of(1L);
            as(Legal.COUNTY, () -> m.events.create(e));
        }
        List<EventReportRowDTO> rows = as(COUNTY, () -> m.reports.events(TODAY.getYear(), null));
        assertEquals(1, rows.size());
        assertEquals("黄宅镇", rows.get(0).townshipName);
        assertEquals(2, rows.get(0).events);
        assertEquals(200, rows.get(0).reached);
        PromotionEventDTO bad = new PromotionEventDTO();
        bad.heldOn = TODAY;
        bad.kind = EventKind.SCHOOL;
        bad.townshipCode = "330726999";
        bad.headCount = -1;
        ValidationException e = assertThrows(ValidationException.class, () -> m.events.create(bad));
        assertEquals(java.util.Set.of("townshipCode", "topics", "headCount"), Legal.fields(e));
    }

    @Test
    public void caseFiguresAreWholeForLegalStaffAndSuppressedBelowFiveForOthers() {
        for (int i = 0; i < 7; i++) {
            RightsCaseDTO c = m.take(TODAY.minusDays(10 + i), i < 6 ? RiskLevel.MEDIUM : RiskLevel.HIGH);
            if (i < 3) {
                CaseStepDTO s = new CaseStepDTO();
                s.kind = StepKind.FOLLOW_UP;
                s.on = c.receivedOn.plusDays(1);
                RightsCaseDTO followed = as(LEGAL, () -> m.cases.addStep(c.id, c.version, s));
                ClosureDTO close = new ClosureDTO();
                close.outcome = CaseOutcome.RESOLVED;
                close.reason = "已解决";
                close.closedOn = c.receivedOn.plusDays(2 * (i + 1));
                as(LEGAL, () -> m.cases.close(followed.id, followed.version, close));
            }
        }
        CaseReportDTO full = as(LEGAL, () -> m.reports.cases(TODAY.minusDays(30), TODAY, null));
        assertEquals(Long.valueOf(7), full.received);
        assertEquals(Long.valueOf(3), full.closed);
        assertEquals(42.9, full.closureRatePercent, 0.001);
        assertEquals(4.0, full.medianDaysToClose, 0.001);
        assertEquals(Long.valueOf(4), full.overdue);
        assertEquals(Long.valueOf(1), count(full.byRisk, "HIGH"));
        CaseReportDTO other = as(COUNTY, () -> m.reports.cases(TODAY.minusDays(30), TODAY, null));
        assertEquals(Long.valueOf(7), other.received);
        assertNull(other.closed);
        assertNull(other.medianDaysToClose);
        assertNull(other.overdue);
        assertNull(count(other.byRisk, "HIGH"));
        assertNull(count(other.byRisk, "MEDIUM")); // the one other cell that would give HIGH away
        assertEquals(Long.valueOf(0), count(other.byRisk, "LOW"));
        assertThrows(ValidationException.class, () -> m.reports.cases(TODAY, TODAY, Legal.VILLAGE));
    }

    private static Long count(List<CountDTO> counts, String key) {
        return counts.stream().filter(c -> c.key.equals(key)).findFirst().orElseThrow().count;
    }
}
