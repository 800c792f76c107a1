package org.guanai.training.internal.jpa;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The key of an attendance row: the enrolment and the day. */
public class AttendanceKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long enrolmentId;
    private LocalDate day;

    public AttendanceKey() {
    }

    public AttendanceKey(Long enrolmentId, LocalDate day) {
        this.enrolmentId = enrolmentId;
        this.day = day;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendanceKey && Objects.equals(enrolmentId, ((AttendanceKey) o).enrolmentId)
                && Objects.equals(day, ((AttendanceKey) o).day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enrolmentId, day);
    }
}
