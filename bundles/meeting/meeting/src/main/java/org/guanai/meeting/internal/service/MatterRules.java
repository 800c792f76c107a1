package org.guanai.meeting.internal.service;

import java.time.LocalDate;

import org.guanai.jpa.support.Checks;
import org.guanai.meeting.api.MatterState;
import org.guanai.meeting.internal.MeetingText;

/**
 * What may happen to a matter, as plain functions of its dates and state: the services call them inside their
 * transactions, the tests call them directly. Every refusal names its field, in Chinese then English.
 */
public final class MatterRules {

    private MatterRules() {
    }

    /** A matter is due on or after the meeting that raised it. */
    public static void due(Checks checks, LocalDate raisedOn, LocalDate dueOn) {
        checks.require("dueOn", dueOn);
        checks.check(dueOn == null || raisedOn == null || !dueOn.isBefore(raisedOn), "dueOn",
                "不能早于会议日期（" + raisedOn + "）/ must not be before the meeting, on " + raisedOn);
    }

    /** A done matter stays as it was closed: no correction, no progress, no second closing. */
    public static void open(Checks checks, MatterState state, String field) {
        checks.check(state != MatterState.DONE, field, MeetingText.text("matter.done"));
    }

    /** A progress note: on an open matter, dated from the meeting to today. */
    public static void progress(Checks checks, MatterState state, LocalDate raisedOn, LocalDate notedOn,
                                LocalDate today) {
        open(checks, state, "matterId");
        dated(checks, "notedOn", raisedOn, notedOn, today);
    }

    /** Done: an open matter, on a day from the meeting to today, with what came of it. */
    public static void done(Checks checks, MatterState state, LocalDate raisedOn, LocalDate doneOn, String result,
                            LocalDate today) {
        open(checks, state, "state");
        dated(checks, "doneOn", raisedOn, doneOn, today);
        checks.check(result != null && !result.isBlank(), "result", MeetingText.text("matter.outcomeRequired"));
    }

    /** Open and past its due day. */
    public static boolean overdue(MatterState state, LocalDate dueOn, LocalDate today) {
        return state == MatterState.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    /** Done on or before its due day. */
    public static boolean onTime(MatterState state, LocalDate doneOn, LocalDate dueOn) {
        return state == MatterState.DONE && doneOn != null && dueOn != null && !doneOn.isAfter(dueOn);
    }

    /**
     * Done on time as a share of the matters whose due day has come (done, or open and overdue), in per cent with one
     * decimal; null when no matter was due yet. An open matter not yet due counts neither way.
     */
    public static Double onTimePercent(long doneOnTime, long done, long overdue) {
        long due = done + overdue;
        return due == 0 ? null : Math.round(1000.0 * doneOnTime / due) / 10.0;
    }

    private static void dated(Checks checks, String field, LocalDate raisedOn, LocalDate date, LocalDate today) {
        checks.check(date == null || raisedOn == null || !date.isBefore(raisedOn), field,
                "不能早于会议日期（" + raisedOn + "）/ must not be before the meeting, on " + raisedOn);
        checks.check(date == null || !date.isAfter(today), field, MeetingText.text("date.future"));
    }
}
