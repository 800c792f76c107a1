package org.guanai.registry.internal.jpa;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity(name = "Household")
@Table(name = "households")
public class HouseholdEntity extends EndableEntity {

    @Id
    @SequenceGenerator(name = "households_seq", sequenceName = "households_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "households_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "household_key", length = 40, unique = true)
    private String householdKey;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "head_name", length = 50)
    private String headName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "hardship", nullable = false)
    private boolean hardship;

    @Column(name = "notes", length = 2000)
    private String notes;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MigrantMemberEntity> migrantMembers = new ArrayList<>();

    @Override
    public Long getId() {
        return id;
    }

    public String getHouseholdKey() {
        return householdKey;
    }

    public void setHouseholdKey(String householdKey) {
        this.householdKey = householdKey;
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

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isHardship() {
        return hardship;
    }

    public void setHardship(boolean hardship) {
        this.hardship = hardship;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<MigrantMemberEntity> getMigrantMembers() {
        return migrantMembers;
    }

    /** Replaces all migrant members; the removed ones are deleted (orphan removal). */
    public void replaceMigrantMembers(List<MigrantMemberEntity> members) {
        migrantMembers.clear();
        for (MigrantMemberEntity m : members) {
            m.setHousehold(this);
            migrantMembers.add(m);
        }
    }
}
