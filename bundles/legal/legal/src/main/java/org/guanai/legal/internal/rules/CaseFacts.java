package org.guanai.legal.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.guanai.legal.api.Measure;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;

/**
 * What the state rules and deadlines need of a case: its intake day, risk, steps so far and whether it is closed.
 *
 * @param receivedOn the intake's day
 * @param risk       the risk level
 * @param steps      the steps so far, in any order
 * @param closed     whether it is closed
 */
public record CaseFacts(LocalDate receivedOn, RiskLevel risk, List<Step> steps, boolean closed) {

    public CaseFacts {
        steps = List.copyOf(steps);
    }

    /** One step: its kind, day and (for a measure) which. */
    public record Step(StepKind kind, LocalDate on, Measure measure) {
    }

    /** The day of the first step: the first response. */
    public LocalDate firstResponseOn() {
        return steps.stream().map(Step::on).min(LocalDate::compareTo).orElse(null);
    }

    /** The day of the last step, or the intake's. */
    public LocalDate lastActionOn() {
        return steps.stream().map(Step::on).max(LocalDate::compareTo).filter(d -> d.isAfter(receivedOn))
                .orElse(receivedOn);
    }

    /** With one more step. */
    public CaseFacts with(Step step) {
        List<Step> more = new java.util.ArrayList<>(steps);
        more.add(step);
        return new CaseFacts(receivedOn, risk, more, closed);
    }
}
