package org.guanai.mutualaid.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.guanai.mutualaid.api.ActivityKind;

/** An activity of a group; beneficiaries are the registry's, by id. Carries its group's divisions. */
@Entity(name = "Activity")
@Table(name = "mutualaid_activities")
public class ActivityEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "mutualaid_activities_seq", sequenceName = "mutualaid_activities_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mutualaid_activities_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ActivityKind kind;

    @Column(name = "hours", precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "village_code", nullable = false, length = 12)
    private String villageCode;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @ElementCollection
    @CollectionTable(name = "mutualaid_activity_participants", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "membership_id", nullable = false)
    private Set<Long> participantIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mutualaid_activity_persons", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> beneficiaryPersonIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mutualaid_activity_households", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "household_id", nullable = false)
    private Set<Long> beneficiaryHouseholdIds = new TreeSet<>();

    @Override
    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(Collection<Long> ids) {
        // changed in place, so the persistence provider sees the collection's delta
        participantIds.retainAll(ids);
        participantIds.addAll(ids);
    }

    public Set<Long> getBeneficiaryPersonIds() {
        return beneficiaryPersonIds;
    }

    public void setBeneficiaryPersonIds(Collection<Long> ids) {
        // changed in place, so the persistence provider sees the collection's delta
        beneficiaryPersonIds.retainAll(ids);
        beneficiaryPersonIds.addAll(ids);
    }

    public Set<Long> getBeneficiaryHouseholdIds() {
        return beneficiaryHouseholdIds;
    }

    public void setBeneficiaryHouseholdIds(Collection<Long> ids) {
        // changed in place, so the persistence provider sees the collection's delta
        beneficiaryHouseholdIds.retainAll(ids);
        beneficiaryHouseholdIds.addAll(ids);
    }
}
