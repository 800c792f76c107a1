package org.guanai.training.internal.jpa;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A registry person signed up for a fair's project; placed in her township and village, copied when she signed up. */
@Entity(name = "FairSignUp")
@Table(name = "training_fair_sign_ups")
public class FairSignUpEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_fair_sign_ups_seq", sequenceName = "training_fair_sign_ups_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_fair_sign_ups_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "fair_id")
    private Long fairId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "township_code")
    private String townshipCode;

    @Column(name = "village_code")
    private String villageCode;

    @Column(name = "signed_up_on")
    private LocalDate signedUpOn;

    @Column(name = "notes")
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    public Long getFairId() {
        return fairId;
    }

    public void setFairId(Long fairId) {
        this.fairId = fairId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
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

    public LocalDate getSignedUpOn() {
        return signedUpOn;
    }

    public void setSignedUpOn(LocalDate signedUpOn) {
        this.signedUpOn = signedUpOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
