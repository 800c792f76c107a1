package org.guanai.health.internal.service;

import org.guanai.health.api.CheckRecordDTO;

/**
 * The one definition of a check's outcome fields: result, findings, referral target and the
 * follow-up (due, done, outcome). They are health data: read only with results, written only by
 * health staff. Everything else about a check (who, when, by whom, in which campaign) is not.
 */
public final class CheckOutcomes {

    private CheckOutcomes() {
    }

    /** Whether a request carries any outcome field. */
    public static boolean carried(CheckRecordDTO d) {
        return d.result != null || present(d.findings) || present(d.referralTarget) || d.followUpDue != null
                || d.followedUpOn != null || present(d.followUpOutcome);
    }

    /** Withholds the outcome: the fields become null and {@code outcomeHidden} says so. */
    public static CheckRecordDTO hide(CheckRecordDTO d) {
        d.result = null;
        d.findings = null;
        d.referralTarget = null;
        d.followUpDue = null;
        d.followedUpOn = null;
        d.followUpOutcome = null;
        d.outcomeHidden = true;
        return d;
    }

    /** Copies the outcome fields of {@code from} onto {@code to}. */
    public static void copy(CheckRecordDTO from, CheckRecordDTO to) {
        to.result = from.result;
        to.findings = from.findings;
        to.referralTarget = from.referralTarget;
        to.followUpDue = from.followUpDue;
        to.followedUpOn = from.followedUpOn;
        to.followUpOutcome = from.followUpOutcome;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
