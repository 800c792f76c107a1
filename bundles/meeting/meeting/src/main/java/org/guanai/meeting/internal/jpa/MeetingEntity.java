package org.guanai.meeting.internal.jpa;

import java.time.LocalDate;
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

/** One sitting of the joint meeting, with the departments that attended. */
@Entity(name = "JointMeeting")
@Table(name = "meeting_meetings")
public class MeetingEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "meeting_meetings_seq", sequenceName = "meeting_meetings_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_meetings_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "place", nullable = false, length = 100)
    private String place;

    @Column(name = "chair", nullable = false, length = 50)
    private String chair;

    @Column(name = "minutes", length = 8000)
    private String minutes;

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> departmentIds = new TreeSet<>();

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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Set<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(Set<Long> ids) {
        departmentIds.clear();
        departmentIds.addAll(ids);
    }
}
