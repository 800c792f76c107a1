package org.guanai.registry.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.guanai.registry.api.HomeFrequency;
import org.guanai.registry.api.MigrantRelation;

@Entity(name = "MigrantMember")
@Table(name = "migrant_members")
public class MigrantMemberEntity {

    @Id
    @SequenceGenerator(name = "migrant_members_seq", sequenceName = "migrant_members_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "migrant_members_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false)
    private HouseholdEntity household;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 10)
    private MigrantRelation relation;

    @Column(name = "work_province", length = 50)
    private String workProvince;

    @Column(name = "work_city", length = 50)
    private String workCity;

    @Column(name = "employer", length = 100)
    private String employer;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "away_since")
    private LocalDate awaySince;

    @Enumerated(EnumType.STRING)
    @Column(name = "home_frequency", length = 15)
    private HomeFrequency homeFrequency;

    public Long getId() {
        return id;
    }

    public HouseholdEntity getHousehold() {
        return household;
    }

    void setHousehold(HouseholdEntity household) {
        this.household = household;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MigrantRelation getRelation() {
        return relation;
    }

    public void setRelation(MigrantRelation relation) {
        this.relation = relation;
    }

    public String getWorkProvince() {
        return workProvince;
    }

    public void setWorkProvince(String workProvince) {
        this.workProvince = workProvince;
    }

    public String getWorkCity() {
        return workCity;
    }

    public void setWorkCity(String workCity) {
        this.workCity = workCity;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getAwaySince() {
        return awaySince;
    }

    public void setAwaySince(LocalDate awaySince) {
        this.awaySince = awaySince;
    }

    public HomeFrequency getHomeFrequency() {
        return homeFrequency;
    }

    public void setHomeFrequency(HomeFrequency homeFrequency) {
        this.homeFrequency = homeFrequency;
    }
}
