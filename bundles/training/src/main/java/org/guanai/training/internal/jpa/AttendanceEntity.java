package org.guanai.training.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One enrolled person present on one class day, for that day's hours. */
@Entity(name = "Attendance")
@IdClass(AttendanceKey.class)
@Table(name = "training_attendance")
public class AttendanceEntity implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "hours")
    private BigDecimal hours;

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
