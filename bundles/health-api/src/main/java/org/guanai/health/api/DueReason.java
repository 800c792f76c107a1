package org.guanai.health.api;

/** Why a woman is on the due list of a year, as a stable code (the sentence is {@link DueWomanDTO#reason}). */
public enum DueReason {
    /** No check recorded for her up to the year. */
    NEVER_CHECKED,
    /** Checked in an earlier year ({@link DueWomanDTO#lastCheckYear}), not in this one. */
    CHECKED_BEFORE
}
