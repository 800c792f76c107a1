package org.guanai.registry.internal.jpa;

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

import org.guanai.registry.api.ServiceKind;

@Entity(name = "ServiceRecord")
@Table(name = "service_records")
public class ServiceRecordEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "service_records_seq", sequenceName = "service_records_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_records_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ServiceKind kind;

    @Column(name = "service_date", nullable = false)
    private LocalDate date;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "team_id")
    private Long teamId;

    // Persons are referenced by id, as modules do: a record is a fact about them, not part of them.
    @ElementCollection
    @CollectionTable(name = "service_record_persons", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> personIds = new TreeSet<>();

    @Column(name = "summary", length = 200)
    private String summary;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Set<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(Collection<Long> ids) {
        // Changed in place, so the persistence provider sees the collection's delta.
        personIds.retainAll(ids);
        personIds.addAll(ids);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
