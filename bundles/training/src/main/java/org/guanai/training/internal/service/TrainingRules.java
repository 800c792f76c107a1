package org.guanai.training.internal.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guanai.jpa.support.Checks;
import org.guanai.training.api.FollowUpRound;

/**
 * The module's rules, free of storage: completion is computed from attended hours, a certificate goes only to
 * someone who completed a course that gives one, attendance lies in the class's dates, a follow-up comes after the
 * class ended.
 */
public final class TrainingRules {

    /** The most hours one class day can have. */
    static final BigDecimal MAX_DAY_HOURS = new BigDecimal("12");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private TrainingRules() {
    }

    /** Completed: attended at least the course's required hours. */
    public static boolean completed(BigDecimal attendedHours, int requiredHours) {
        return requiredHours > 0 && attendedHours != null
                && attendedHours.compareTo(BigDecimal.valueOf(requiredHours)) >= 0;
    }

    /** A certificate's number: the class's year and the enrolment, unique and stable, e.g. PX2026-000051. */
    public static String certificateNumber(int year, long enrolmentId) {
        return String.format("PX%d-%06d", year, enrolmentId);
    }

    /** Adds why a certificate may not be issued, if it may not. */
    public static void checkCertificate(Checks checks, BigDecimal attended, int required, String certificateName,
                                        String issuedNumber, LocalDate issuedOn, LocalDate classStarts, LocalDate today) {
        checks.check(certificateName != null, "certificate",
                Text.text("certificate.none"));
        checks.check(issuedNumber == null, "certificate",
                Text.text("certificate.already", issuedNumber));
        checks.check(completed(attended, required), "completed",
                Text.text("certificate.notCompleted", plain(attended), required));
        checks.check(issuedOn == null || !issuedOn.isAfter(today), "issuedOn",
                Text.text("date.future"));
        checks.check(issuedOn == null || classStarts == null || !issuedOn.isBefore(classStarts), "issuedOn",
                Text.text("date.beforeClass", classStarts));
    }

    /** Adds what is wrong with one class day: in the class's dates, not in the future, hours in half hours. */
    public static void checkDay(Checks checks, LocalDate day, BigDecimal hours, LocalDate startsOn, LocalDate endsOn,
                                LocalDate today) {
        checks.require("day", day);
        if (day != null) {
            checks.check(!day.isBefore(startsOn) && !day.isAfter(endsOn), "day",
                    Text.text("attendance.outsideClass", day, startsOn, endsOn));
            checks.check(!day.isAfter(today), "day", Text.text("date.future"));
        }
        checks.require("hours", hours);
        if (hours != null) {
            boolean halves = hours.remainder(HALF).signum() == 0;
            checks.check(hours.signum() > 0 && hours.compareTo(MAX_DAY_HOURS) <= 0 && halves, "hours",
                    Text.text("attendance.halfHours"));
        }
    }

    /** The day a round's follow-up falls due: so many months after the class ended. */
    public static LocalDate dueOn(LocalDate classEndsOn, FollowUpRound round) {
        return classEndsOn.plusMonths(round.months());
    }

    /** Adds why a follow-up on {@code on} may not be recorded for a class that ends on {@code classEndsOn}. */
    public static void checkFollowUpDate(Checks checks, LocalDate on, LocalDate classEndsOn, LocalDate today) {
        checks.require("followedUpOn", on);
        if (on != null) {
            checks.check(on.isAfter(classEndsOn), "followedUpOn",
                    Text.text("followUp.beforeClassEnded", classEndsOn));
            checks.check(!on.isAfter(today), "followedUpOn", Text.text("date.future"));
        }
    }

    static String plain(BigDecimal hours) {
        return hours == null ? "0" : hours.stripTrailingZeros().toPlainString();
    }
}
