package org.guanai.registry.internal.jpa;

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

import org.guanai.registry.api.SiteKind;

@Entity(name = "ServiceSite")
@Table(name = "service_sites")
public class ServiceSiteEntity extends EndableEntity {

    @Id
    @SequenceGenerator(name = "service_sites_seq", sequenceName = "service_sites_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_sites_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SiteKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "remote_education_station", nullable = false)
    private boolean remoteEducationStation;

    @Column(name = "parents_school", nullable = false)
    private boolean parentsSchool;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public LocalDate startedOn() {
        return openedOn;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public boolean isRemoteEducationStation() {
        return remoteEducationStation;
    }

    public void setRemoteEducationStation(boolean remoteEducationStation) {
        this.remoteEducationStation = remoteEducationStation;
    }

    public boolean isParentsSchool() {
        return parentsSchool;
    }

    public void setParentsSchool(boolean parentsSchool) {
        this.parentsSchool = parentsSchool;
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
}
