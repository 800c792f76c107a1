package org.guanai.legal.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.guanai.legal.api.OverdueReason;
import org.guanai.legal.api.RiskLevel;

/**
 * When a rights case must be acted on: the first response (a referral, follow-up or measure) within a number of days
 * of the intake that depends on the risk level, and for a high-risk case another action at least every
 * {@code highRiskFollowUpDays}. A response on the due day is in time. Immutable.
 */
public final class Deadlines {

    /** What the county report's practice suggests: a high-risk call is answered the next day. */
    public static final Deadlines DEFAULT = new Deadlines(1, 3, 7, 7);

    private final int highDays;
    private final int mediumDays;
    private final int lowDays;
    private final int highRiskFollowUpDays;

    public Deadlines(int highDays, int mediumDays, int lowDays, int highRiskFollowUpDays) {
        if (highDays < 0 || mediumDays < 0 || lowDays < 0 || highRiskFollowUpDays < 1) {
            throw new IllegalArgumentException("days must be 0 or more, the follow-up interval 1 or more");
        }
        this.highDays = highDays;
        this.mediumDays = mediumDays;
        this.lowDays = lowDays;
        this.highRiskFollowUpDays = highRiskFollowUpDays;
    }

    public int days(RiskLevel risk) {
        return risk == RiskLevel.HIGH ? highDays : risk == RiskLevel.MEDIUM ? mediumDays : lowDays;
    }

    public int highRiskFollowUpDays() {
        return highRiskFollowUpDays;
    }

    /** The last day of a first response in time. */
    public LocalDate firstResponseDue(LocalDate receivedOn, RiskLevel risk) {
        return receivedOn.plusDays(days(risk));
    }

    /** The latest intake day whose first response is overdue today, per risk level (for a query). */
    public LocalDate receivedBeforeOverdue(RiskLevel risk, LocalDate today) {
        return today.minusDays(days(risk));
    }

    /** Why an open case is overdue today, or empty. */
    public Optional<Overdue> overdue(CaseFacts facts, LocalDate today) {
        if (facts.closed()) {
            return Optional.empty();
        }
        if (facts.firstResponseOn() == null) {
            LocalDate due = firstResponseDue(facts.receivedOn(), facts.risk());
            if (today.isAfter(due)) {
                return Optional.of(new Overdue(OverdueReason.FIRST_RESPONSE_OVERDUE, due, ChronoUnit.DAYS.between(due, today)));
            }
            return Optional.empty();
        }
        if (facts.risk() == RiskLevel.HIGH) {
            LocalDate due = facts.lastActionOn().plusDays(highRiskFollowUpDays);
            if (today.isAfter(due)) {
                return Optional.of(new Overdue(OverdueReason.HIGH_RISK_NO_FOLLOW_UP, due, ChronoUnit.DAYS.between(due, today)));
            }
        }
        return Optional.empty();
    }

    /** An overdue case: why, since when and by how many days. */
    public record Overdue(OverdueReason reason, LocalDate dueOn, long daysOverdue) {
    }
}
