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
import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.CaseOutcome;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.SubjectKind;

/** A rights case; its person is the registry's, by id. Never deleted. */
@Entity(name = "LegalCase")
@Table(name = "legal_cases")
public class CaseEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "legal_cases_seq", sequenceName = "legal_cases_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_cases_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private CaseChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private SubjectKind subjectKind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "subject_name", length = 50)
    private String subjectName;

    @Column(name = "reporter", length = 100)
    private String reporter;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "village_code", length = 12)
    private String villageCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private CaseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10)
    private RiskLevel riskLevel;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "handler", nullable = false, length = 100)
    private String handler;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "first_response_on")
    private LocalDate firstResponseOn;

    @Column(name = "last_action_on", nullable = false)
    private LocalDate lastActionOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private CaseOutcome outcome;

    @Column(name = "close_reason", length = 500)
    private String closeReason;

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public CaseChannel getChannel() {
        return channel;
    }

    public void setChannel(CaseChannel channel) {
        this.channel = channel;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public void setSubjectKind(SubjectKind subjectKind) {
        this.subjectKind = subjectKind;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getReporter() {
        return reporter;
    }

    public void setReporter(String reporter) {
        this.reporter = reporter;
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

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory category) {
        this.category = category;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public LocalDate getFirstResponseOn() {
        return firstResponseOn;
    }

    public void setFirstResponseOn(LocalDate firstResponseOn) {
        this.firstResponseOn = firstResponseOn;
    }

    public LocalDate getLastActionOn() {
        return lastActionOn;
    }

    public void setLastActionOn(LocalDate lastActionOn) {
        this.lastActionOn = lastActionOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
