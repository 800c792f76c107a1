package org.guanai.legal.internal.jpa;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.JoinColumn;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.guanai.legal.api.EventKind;

/** A legal promotion event. Topics and partners are stored as comma-separated enum names. */
@Entity(name = "LegalEvent")
@Table(name = "legal_events")
public class EventEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "legal_events_seq", sequenceName = "legal_events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_events_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "village_code", length = 12)
    private String villageCode;

    @Column(name = "place", length = 100)
    private String place;

    @Column(name = "topics", nullable = false, length = 200)
    private String topics;

    @Column(name = "partners", length = 200)
    private String partners;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(name = "materials", nullable = false)
    private int materials;

    @Column(name = "notes", length = 2000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "legal_event_attendees", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> attendeePersonIds = new TreeSet<>();

    public Set<Long> getAttendeePersonIds() {
        return attendeePersonIds;
    }

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

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
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

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public int getHeadCount() {
        return headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    public int getMaterials() {
        return materials;
    }

    public void setMaterials(int materials) {
        this.materials = materials;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
