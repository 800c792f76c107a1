package org.guanai.training.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A course of the county's catalogue. */
@Entity(name = "Course")
@Table(name = "training_courses")
public class CourseEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_courses_seq", sequenceName = "training_courses_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_courses_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "title")
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private org.guanai.training.api.CourseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_kind")
    private org.guanai.training.api.PartnerKind partnerKind;

    @Column(name = "partner_name")
    private String partnerName;

    @Column(name = "required_hours")
    private int requiredHours;

    @Column(name = "certificate_name")
    private String certificateName;

    @Column(name = "notes")
    private String notes;

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public org.guanai.training.api.CourseKind getKind() {
        return kind;
    }

    public void setKind(org.guanai.training.api.CourseKind kind) {
        this.kind = kind;
    }

    public org.guanai.training.api.PartnerKind getPartnerKind() {
        return partnerKind;
    }

    public void setPartnerKind(org.guanai.training.api.PartnerKind partnerKind) {
        this.partnerKind = partnerKind;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public void setPartnerName(String partnerName) {
        this.partnerName = partnerName;
    }

    public int getRequiredHours() {
        return requiredHours;
    }

    public void setRequiredHours(int requiredHours) {
        this.requiredHours = requiredHours;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public void setCertificateName(String certificateName) {
        this.certificateName = certificateName;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
