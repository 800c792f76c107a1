package org.guanai.mutualaid.internal.jpa;

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

/** A 1+1 pairing; helper, person and household are the registry's, by id. Carries the target's divisions. */
@Entity(name = "Pairing")
@Table(name = "mutualaid_pairings")
public class PairingEntity extends EndableEntity {

    @Id
    @SequenceGenerator(name = "mutualaid_pairings_seq", sequenceName = "mutualaid_pairings_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mutualaid_pairings_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "helper_volunteer_id")
    private Long helperVolunteerId;

    @Column(name = "helper_person_id")
    private Long helperPersonId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    public Long getHelperVolunteerId() {
        return helperVolunteerId;
    }

    public void setHelperVolunteerId(Long helperVolunteerId) {
        this.helperVolunteerId = helperVolunteerId;
    }

    public Long getHelperPersonId() {
        return helperPersonId;
    }

    public void setHelperPersonId(Long helperPersonId) {
        this.helperPersonId = helperPersonId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public void setTownshipCode(String townshipCode) {
        this.townshipCode = townshipCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public LocalDate startedOn() {
        return startsOn;
    }
}
