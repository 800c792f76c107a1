package org.guanai.meeting.api;

import java.time.LocalDate;

/**
 * A matter (议定事项) raised at a meeting: by whom, about what part of the county (the whole county, a township, a
 * village, or a registry household or person there), assigned to a department with a due day; then progress notes,
 * and done with a day and a result.
 */
public class MatterDTO {
    public Long id;
    public long version;
    public Long meetingId;
    /** The meeting's day (filled on read). */
    public LocalDate raisedOn;
    /** Who raised it: a department, a township's representative, the chair. */
    public String raisedBy;
    public String title;
    public String description;
    /** The township it is about; null for the whole county. Derived from a village, household or person. */
    public String townshipCode;
    public String villageCode;
    public Long householdId;
    public Long personId;
    /** The household head's or person's name, as the caller may see it (filled on read). */
    public String concerns;
    public Long departmentId;
    public String departmentName;
    public LocalDate dueOn;
    public MatterState state;
    /** Open and past its due day (filled on read). */
    public boolean overdue;
    public LocalDate doneOn;
    public String result;
    public long progressCount;
    public LocalDate lastProgressOn;
}
