package org.guanai.training.internal.jpa;

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

/** An outcome follow-up of an enrolment, 3 or 6 months after its class. */
@Entity(name = "FollowUp")
@Table(name = "training_follow_ups")
public class FollowUpEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_follow_ups_seq", sequenceName = "training_follow_ups_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_follow_ups_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "round")
    private org.guanai.training.api.FollowUpRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private org.guanai.training.api.Outcome outcome;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    @Column(name = "township_code")
    private String townshipCode;

    @Column(name = "village_code")
    private String villageCode;

    @Column(name = "note")
    private String note;

    @Override
    public Long getId() {
        return id;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public org.guanai.training.api.FollowUpRound getRound() {
        return round;
    }

    public void setRound(org.guanai.training.api.FollowUpRound round) {
        this.round = round;
    }

    public org.guanai.training.api.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(org.guanai.training.api.Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFollowedUpOn() {
        return followedUpOn;
    }

    public void setFollowedUpOn(LocalDate followedUpOn) {
        this.followedUpOn = followedUpOn;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public void setTownshipCode(String townshipCode) {
        this.townshipCode = townshipCode;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
