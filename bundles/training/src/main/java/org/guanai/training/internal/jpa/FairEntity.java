package org.guanai.training.internal.jpa;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** An entrepreneurship project fair (创业项目推介会); its site and village are the registry's, by id and code. */
@Entity(name = "Fair")
@Table(name = "training_fairs")
public class FairEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_fairs_seq", sequenceName = "training_fairs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_fairs_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "township_code")
    private String townshipCode;

    @Column(name = "village_code")
    private String villageCode;

    @Column(name = "place")
    private String place;

    @Column(name = "organiser")
    private String organiser;

    @Column(name = "head_count")
    private int headCount;

    @Column(name = "notes")
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public int getHeadCount() {
        return headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
