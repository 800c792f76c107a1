package org.guanai.meeting.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.guanai.jpa.support.Endable;
import org.guanai.registry.api.Status;

/** A member department of the joint meeting; it leaves (is ended), never deleted. */
@Entity(name = "MeetingDepartment")
@Table(name = "meeting_departments")
public class DepartmentEntity extends VersionedEntity implements Endable {

    @Id
    @SequenceGenerator(name = "meeting_departments_seq", sequenceName = "meeting_departments_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_departments_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.ACTIVE;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_note", length = 500)
    private String endNote;

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public Status getStatus() {
        return status;
    }

    @Override
    public LocalDate getEndedOn() {
        return endedOn;
    }

    @Override
    public String getEndNote() {
        return endNote;
    }

    @Override
    public LocalDate startedOn() {
        return null;
    }

    @Override
    public void end(LocalDate on, String note) {
        status = Status.ENDED;
        endedOn = on;
        endNote = note;
    }
}
