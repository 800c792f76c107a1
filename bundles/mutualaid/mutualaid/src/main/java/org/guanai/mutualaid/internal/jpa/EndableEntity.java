package org.guanai.mutualaid.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.MappedSuperclass;

import org.guanai.jpa.support.Endable;
import org.guanai.registry.api.Status;

/** A record that is ended rather than deleted (a group, a membership, a pairing): its status, end day and note. */
@MappedSuperclass
public abstract class EndableEntity extends VersionedEntity implements Endable {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.ACTIVE;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_note", length = 500)
    private String endNote;

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
    public void end(LocalDate on, String note) {
        this.status = Status.ENDED;
        this.endedOn = on;
        this.endNote = note;
    }
}
