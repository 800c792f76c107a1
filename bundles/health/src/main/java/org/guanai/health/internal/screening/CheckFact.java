package org.guanai.health.internal.screening;

import java.time.LocalDate;

import org.guanai.health.api.CheckResult;

/** One check as the rules see it: whose, when, its result and its follow-up. */
public record CheckFact(long checkId, long personId, LocalDate checkedOn, CheckResult result, LocalDate followUpDue,
                        LocalDate followedUpOn) {
}
