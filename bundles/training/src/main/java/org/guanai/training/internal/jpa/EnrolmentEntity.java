package org.guanai.training.internal.jpa;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A registry person enrolled in a class; placed in her township and village, copied when she enrolled. */
@Entity(name = "Enrolment")
@Table(name = "training_enrolments")
public class EnrolmentEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "training_enrolments_seq", sequenceName = "training_enrolments_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_enrolments_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "class_id")
    private Long classId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "township_code")
    private String townshipCode;

    @Column(name = "village_code")
    private String villageCode;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "certificate_issued_on")
    private LocalDate certificateIssuedOn;

    @Override
    public Long getId() {
        return id;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
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

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertificateIssuedOn() {
        return certificateIssuedOn;
    }

    public void setCertificateIssuedOn(LocalDate certificateIssuedOn) {
        this.certificateIssuedOn = certificateIssuedOn;
    }
}
