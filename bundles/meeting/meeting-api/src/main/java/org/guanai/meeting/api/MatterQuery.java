package org.guanai.meeting.api;

import java.time.LocalDate;

/** Filters of a matter list; null means "any". */
public class MatterQuery {
    public Long meetingId;
    public Long departmentId;
    /** Matters about this township (with its villages, households and persons). */
    public String townshipCode;
    /** With {@link #townshipCode}: the county-wide matters too (what a township's staff work on). */
    public Boolean countyWide;
    /** Raised at meetings held from this day (inclusive). */
    public LocalDate raisedFrom;
    /** Raised at meetings held until this day (inclusive). */
    public LocalDate raisedTo;
    public MatterState state;
    /** True: only open matters past their due day. */
    public Boolean overdue;
    public Long personId;
    public Long householdId;
}
