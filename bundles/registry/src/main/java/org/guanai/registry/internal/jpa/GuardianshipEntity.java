package org.guanai.registry.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;

@Entity(name = "Guardianship")
@Table(name = "guardianships")
public class GuardianshipEntity extends EndableEntity {

    @Id
    @SequenceGenerator(name = "guardianships_seq", sequenceName = "guardianships_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardianships_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private PersonEntity child;

    @ManyToOne(optional = false)
    @JoinColumn(name = "guardian_id", nullable = false)
    private PersonEntity guardian;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private GuardianRelation relation;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", nullable = false, length = 10)
    private GuardianCapacity capacity;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "since")
    private LocalDate since;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public LocalDate startedOn() {
        return since;
    }

    public PersonEntity getChild() {
        return child;
    }

    public void setChild(PersonEntity child) {
        this.child = child;
    }

    public PersonEntity getGuardian() {
        return guardian;
    }

    public void setGuardian(PersonEntity guardian) {
        this.guardian = guardian;
    }

    public GuardianRelation getRelation() {
        return relation;
    }

    public void setRelation(GuardianRelation relation) {
        this.relation = relation;
    }

    public GuardianCapacity getCapacity() {
        return capacity;
    }

    public void setCapacity(GuardianCapacity capacity) {
        this.capacity = capacity;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
