package org.guanai.registry.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.guanai.registry.api.VolunteerKind;

@Entity(name = "Volunteer")
@Table(name = "volunteers")
public class VolunteerEntity extends EndableEntity {

    @Id
    @SequenceGenerator(name = "volunteers_seq", sequenceName = "volunteers_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteers_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private VolunteerKind kind;

    @Column(name = "profession", length = 50)
    private String profession;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public VolunteerKind getKind() {
        return kind;
    }

    public void setKind(VolunteerKind kind) {
        this.kind = kind;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
