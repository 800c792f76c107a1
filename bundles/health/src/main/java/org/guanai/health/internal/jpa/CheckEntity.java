package org.guanai.health.internal.jpa;

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

import org.guanai.health.api.CheckResult;

/** One woman's check. The person is the registry's, referred to by id only. */
@Entity(name = "HealthCheck")
@Table(name = "health_checks")
public class CheckEntity extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "health_checks_seq", sequenceName = "health_checks_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_checks_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "provider_name", length = 100)
    private String providerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 10)
    private CheckResult result;

    @Column(name = "findings", length = 2000)
    private String findings;

    @Column(name = "referral_target", length = 200)
    private String referralTarget;

    @Column(name = "follow_up_due")
    private LocalDate followUpDue;

    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;

    @Column(name = "follow_up_outcome", length = 2000)
    private String followUpOutcome;

    @Override
    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public CheckResult getResult() {
        return result;
    }

    public void setResult(CheckResult result) {
        this.result = result;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getReferralTarget() {
        return referralTarget;
    }

    public void setReferralTarget(String referralTarget) {
        this.referralTarget = referralTarget;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    public LocalDate getFollowedUpOn() {
        return followedUpOn;
    }

    public void setFollowedUpOn(LocalDate followedUpOn) {
        this.followedUpOn = followedUpOn;
    }

    public String getFollowUpOutcome() {
        return followUpOutcome;
    }

    public void setFollowUpOutcome(String followUpOutcome) {
        this.followUpOutcome = followUpOutcome;
    }
}
