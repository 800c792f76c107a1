package org.guanai.health.internal.jpa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A maternal and child health talk; its site and attendees are the registry's, by id. */
@Entity(name = "Talk")
@Table(name = "health_talks")
public class TalkEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "health_talks_seq", sequenceName = "health_talks_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_talks_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "site_id")
    private Long siteId;

    /** Where it was held: its site's township, or the one given; null for a county-wide talk. */
    @Column(name = "township_code", length = 9)
    private String townshipCode;

    @Column(name = "speaker", nullable = false, length = 100)
    private String speaker;

    @Column(name = "topic", nullable = false, length = 200)
    private String topic;

    @ElementCollection
    @CollectionTable(name = "health_talk_attendees", joinColumns = @JoinColumn(name = "talk_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> attendeeIds = new TreeSet<>();

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(name = "notes", length = 2000)
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

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Set<Long> getAttendeeIds() {
        return attendeeIds;
    }

    public void setAttendeeIds(Collection<Long> ids) {
        // Changed in place, so the persistence provider sees the collection's delta.
        attendeeIds.retainAll(ids);
        attendeeIds.addAll(ids);
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
