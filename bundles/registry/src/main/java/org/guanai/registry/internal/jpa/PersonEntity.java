package org.guanai.registry.internal.jpa;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.SchoolStage;

@Entity(name = "Person")
@Table(name = "persons")
public class PersonEntity extends EndableEntity {

    @Id
    @SequenceGenerator(name = "persons_seq", sequenceName = "persons_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "persons_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 6)
    private Gender gender;

    @Column(name = "id_number", nullable = false, unique = true, length = 18)
    private String idNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    // Three columns rather than a join table: the lists filter and the stats count by category.
    @Column(name = "is_woman", nullable = false)
    private boolean woman;

    @Column(name = "is_child", nullable = false)
    private boolean child;

    @Column(name = "is_elderly", nullable = false)
    private boolean elderly;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_stage", length = 20)
    private SchoolStage schoolStage;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public LocalDate startedOn() {
        return birthDate;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public Set<CareCategory> getCategories() {
        Set<CareCategory> categories = EnumSet.noneOf(CareCategory.class);
        if (woman) {
            categories.add(CareCategory.LEFT_BEHIND_WOMAN);
        }
        if (child) {
            categories.add(CareCategory.LEFT_BEHIND_CHILD);
        }
        if (elderly) {
            categories.add(CareCategory.LEFT_BEHIND_ELDERLY);
        }
        return categories;
    }

    public void setCategories(Set<CareCategory> categories) {
        this.woman = categories.contains(CareCategory.LEFT_BEHIND_WOMAN);
        this.child = categories.contains(CareCategory.LEFT_BEHIND_CHILD);
        this.elderly = categories.contains(CareCategory.LEFT_BEHIND_ELDERLY);
    }

    public boolean isChild() {
        return child;
    }

    public SchoolStage getSchoolStage() {
        return schoolStage;
    }

    public void setSchoolStage(SchoolStage schoolStage) {
        this.schoolStage = schoolStage;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(EndReason endReason) {
        this.endReason = endReason;
    }
}
