package org.guanai.legal.internal.rules;

import java.time.LocalDate;

import org.guanai.jpa.support.Checks;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.internal.LegalText;

/**
 * The life of a rights case, as plain functions: intake, then referrals, follow-ups and protective measures, then
 * closure with an outcome. A step never comes before the intake or after closure; a protection order is granted (or
 * refused) only once it was applied for; a case is closed once, with an outcome and a reason. Each refusal names the
 * field, in Chinese then English.
 */
public final class CaseRules {

    public static final int NOTE_MAX = 2000;
    public static final int RESPONSE_MAX = 1000;
    public static final int REASON_MAX = 500;

    private CaseRules() {
    }

    /** Checks a new step of {@code kind} against the case; adds every problem to {@code checks}. */
    public static void checkStep(Checks checks, CaseFacts facts, StepKind kind, LocalDate on, Object department,
                                 Measure measure, LocalDate today) {
        if (facts.closed()) {
            checks.add("status", LegalText.text("case.closed.noStep", LegalText.text("step." + kind.name())));
            return;
        }
        checks.require("on", on);
        if (on != null) {
            checks.check(!on.isAfter(today), "on", LegalText.text("date.future"));
            checks.check(!on.isBefore(facts.receivedOn()), "on", LegalText.text("date.beforeIntake", facts.receivedOn()));
        }
        if (kind == StepKind.REFERRAL) {
            checks.require("department", department);
        }
        if (kind == StepKind.MEASURE) {
            checks.require("measure", measure);
            if ((measure == Measure.PROTECTION_ORDER_GRANTED || measure == Measure.PROTECTION_ORDER_REFUSED) && on != null) {
                LocalDate applied = appliedOn(facts);
                checks.check(applied != null && !applied.isAfter(on), "measure", applied == null
                        ? LegalText.text("measure.notApplied") : LegalText.text("measure.beforeApplied", applied));
            }
        }
    }

    /** Checks a closure; fills in today when it has no day. */
    public static void checkClosure(Checks checks, CaseFacts facts, ClosureDTO closure, LocalDate today) {
        if (facts.closed()) {
            checks.add("status", LegalText.text("case.alreadyClosed"));
            return;
        }
        if (closure.closedOn == null) {
            closure.closedOn = today;
        }
        checks.check(closure.outcome != null, "outcome", LegalText.text("closure.outcomeRequired"));
        checks.check(closure.reason != null && !closure.reason.isBlank(), "reason",
                LegalText.text("closure.reasonRequired")).maxLength("reason", closure.reason, REASON_MAX);
        checks.check(!closure.closedOn.isAfter(today), "closedOn", LegalText.text("date.future"));
        LocalDate last = facts.lastActionOn();
        checks.check(!closure.closedOn.isBefore(last), "closedOn", LegalText.text("date.beforeLastAction", last));
    }

    /** Where a case stands after its steps (in the order recorded): the last step's kind says it, closure ends it. */
    public static CaseStatus status(CaseFacts facts) {
        if (facts.closed()) {
            return CaseStatus.CLOSED;
        }
        CaseFacts.Step last = null;
        for (CaseFacts.Step s : facts.steps()) { // in the order recorded: of one day, the later one counts
            if (last == null || !s.on().isBefore(last.on())) {
                last = s;
            }
        }
        if (last == null) {
            return CaseStatus.RECEIVED;
        }
        return last.kind() == StepKind.REFERRAL ? CaseStatus.REFERRED : CaseStatus.FOLLOWING_UP;
    }

    private static LocalDate appliedOn(CaseFacts facts) {
        return facts.steps().stream().filter(s -> s.measure() == Measure.PROTECTION_ORDER_APPLIED)
                .map(CaseFacts.Step::on).min(LocalDate::compareTo).orElse(null);
    }
}
