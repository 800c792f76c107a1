package org.guanai.legal.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.guanai.legal.api.OverdueReason;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.junit.Test;

/** First-response deadlines by risk level and the high-risk follow-up interval, at their edges. */
public class DeadlinesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final Deadlines deadlines = new Deadlines(1, 3, 7, 7);

    private static CaseFacts received(int daysAgo, RiskLevel risk) {
        return new CaseFacts(TODAY.minusDays(daysAgo), risk, List.of(), false);
    }

    @Test
    public void theFirstResponseIsDueByTheRiskLevelsDaysAndOnTheDueDayIsInTime() {
        assertEquals(TODAY.plusDays(1), deadlines.firstResponseDue(TODAY, RiskLevel.HIGH));
        assertEquals(TODAY.plusDays(3), deadlines.firstResponseDue(TODAY, RiskLevel.MEDIUM));
        assertEquals(TODAY.plusDays(7), deadlines.firstResponseDue(TODAY, RiskLevel.LOW));
        assertTrue(deadlines.overdue(received(1, RiskLevel.HIGH), TODAY).isEmpty());
        Deadlines.Overdue late = deadlines.overdue(received(2, RiskLevel.HIGH), TODAY).orElseThrow();
        assertEquals(OverdueReason.FIRST_RESPONSE_OVERDUE, late.reason());
        assertEquals(TODAY.minusDays(1), late.dueOn());
        assertEquals(1, late.daysOverdue());
        assertTrue(deadlines.overdue(received(7, RiskLevel.LOW), TODAY).isEmpty());
        assertEquals(3, deadlines.overdue(received(10, RiskLevel.LOW), TODAY).orElseThrow().daysOverdue());
        assertTrue(deadlines.overdue(received(3, RiskLevel.MEDIUM), TODAY).isEmpty());
        assertEquals(1, deadlines.overdue(received(4, RiskLevel.MEDIUM), TODAY).orElseThrow().daysOverdue());
    }

    @Test
    public void aHighRiskCaseNeedsAnActionEveryNDaysOthersDoNotOnceAnswered() {
        CaseFacts answered = received(20, RiskLevel.HIGH).with(new CaseFacts.Step(StepKind.REFERRAL, TODAY.minusDays(19), null));
        Deadlines.Overdue stale = deadlines.overdue(answered, TODAY).orElseThrow();
        assertEquals(OverdueReason.HIGH_RISK_NO_FOLLOW_UP, stale.reason());
        assertEquals(TODAY.minusDays(12), stale.dueOn());
        assertEquals(12, stale.daysOverdue());
        CaseFacts followed = answered.with(new CaseFacts.Step(StepKind.FOLLOW_UP, TODAY.minusDays(7), null));
        assertTrue(deadlines.overdue(followed, TODAY).isEmpty());
        CaseFacts medium = received(20, RiskLevel.MEDIUM).with(new CaseFacts.Step(StepKind.REFERRAL, TODAY.minusDays(19), null));
        assertTrue(deadlines.overdue(medium, TODAY).isEmpty());
    }

    @Test
    public void aClosedCaseIsNeverOverdue() {
        assertTrue(deadlines.overdue(new CaseFacts(TODAY.minusDays(90), RiskLevel.HIGH, List.of(), true), TODAY).isEmpty());
    }

    @Test
    public void theDaysAreConfigurable() {
        Deadlines strict = new Deadlines(0, 1, 2, 3);
        assertEquals(1, strict.overdue(received(1, RiskLevel.HIGH), TODAY).orElseThrow().daysOverdue());
        assertEquals(TODAY.minusDays(2), strict.receivedBeforeOverdue(RiskLevel.LOW, TODAY));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aFollowUpIntervalBelowOneDayIsRefused() {
        new Deadlines(1, 3, 7, 0);
    }
}
