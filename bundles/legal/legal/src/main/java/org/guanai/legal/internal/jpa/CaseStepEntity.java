package org.guanai.legal.internal.jpa;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.guanai.legal.api.Department;
import org.guanai.legal.api.Measure;
import org.guanai.legal.api.StepKind;

/** A step of a rights case: written once, never changed or deleted. */
@Entity(name = "LegalCaseStep")
@Table(name = "legal_case_steps")
public class CaseStepEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "legal_case_steps_seq", sequenceName = "legal_case_steps_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_case_steps_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private StepKind kind;

    @Column(name = "step_on", nullable = false)
    private LocalDate stepOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "department", length = 20)
    private Department department;

    @Column(name = "response", length = 1000)
    private String response;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure", length = 30)
    private Measure measure;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Override
    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public StepKind getKind() {
        return kind;
    }

    public void setKind(StepKind kind) {
        this.kind = kind;
    }

    public LocalDate getStepOn() {
        return stepOn;
    }

    public void setStepOn(LocalDate stepOn) {
        this.stepOn = stepOn;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
