package org.guanai.training.api;

import java.util.List;

/** Attendance per class day. */
@org.osgi.annotation.versioning.ProviderType
public interface AttendanceService {
    /** The class's days with attendance, in date order (only the persons the caller sees). */
    List<AttendanceDayDTO> days(long classId);

    /**
     * Records the day: its hours, and exactly the persons present (replacing what was recorded for that day).
     * The day must lie in the class's dates and not in the future; every person must be enrolled.
     */
    AttendanceDayDTO record(long classId, AttendanceDayDTO day);
}
