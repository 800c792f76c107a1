package org.guanai.health.internal.jpa;

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

import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.ProviderKind;
import org.guanai.jpa.support.Endable;
import org.guanai.registry.api.Status;

/** A screening campaign; ended (closed) rather than deleted. */
@Entity(name = "Campaign")
@Table(name = "health_campaigns")
public class CampaignEntity extends VersionedEntity implements Endable {

    @Id
    @SequenceGenerator(name = "health_campaigns_seq", sequenceName = "health_campaigns_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_campaigns_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private CampaignKind kind;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "provider_name", nullable = false, length = 100)
    private String providerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_kind", length = 30)
    private ProviderKind providerKind;

    // Township codes and site ids are the registry's: kept as values, not relations.
    @ElementCollection
    @CollectionTable(name = "health_campaign_townships", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "township_code", nullable = false, length = 9)
    private Set<String> townshipCodes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "health_campaign_sites", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "site_id", nullable = false)
    private Set<Long> siteIds = new TreeSet<>();

    @Column(name = "notes", length = 2000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.ACTIVE;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_note", length = 500)
    private String endNote;

    @Override
    public Long getId() {
        return id;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public ProviderKind getProviderKind() {
        return providerKind;
    }

    public void setProviderKind(ProviderKind providerKind) {
        this.providerKind = providerKind;
    }

    public Set<String> getTownshipCodes() {
        return townshipCodes;
    }

    public void setTownshipCodes(Collection<String> codes) {
        // Changed in place, so the persistence provider sees the collection's delta.
        townshipCodes.retainAll(codes);
        townshipCodes.addAll(codes);
    }

    public Set<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(Collection<Long> ids) {
        siteIds.retainAll(ids);
        siteIds.addAll(ids);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** Campaigns are often registered after they ran: without a start date, the first day of their year. */
    @Override
    public LocalDate startedOn() {
        return startsOn != null ? startsOn : LocalDate.of(year, 1, 1);
    }

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
