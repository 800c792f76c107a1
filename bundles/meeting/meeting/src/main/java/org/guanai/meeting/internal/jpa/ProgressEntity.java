package org.guanai.meeting.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A progress note on a matter; written once, never changed. */
@Entity(name = "MatterProgress")
@Table(name = "meeting_progress")
public class ProgressEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "meeting_progress_seq", sequenceName = "meeting_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_progress_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "matter_id", nullable = false)
    private Long matterId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Override
    public Long getId() {
        return id;
    }

    public Long getMatterId() {
        return matterId;
    }

    public void setMatterId(Long matterId) {
        this.matterId = matterId;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public void setNotedOn(LocalDate notedOn) {
        this.notedOn = notedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public void setReportedBy(String reportedBy) {
        this.reportedBy = reportedBy;
    }
}
