package org.guanai.meeting.api;

import java.time.LocalDate;

/** Reports on the joint meeting's matters, inside the caller's divisions (and the county-wide matters). */
@org.osgi.annotation.versioning.ProviderType
public interface MeetingReports {
    /**
     * Matters raised at meetings held from {@code from} to {@code to} (either may be null), by assigned department
     * and state, about {@code townshipCode} (null: all the caller sees).
     */
    MatterReportDTO byDepartment(LocalDate from, LocalDate to, String townshipCode);
}
