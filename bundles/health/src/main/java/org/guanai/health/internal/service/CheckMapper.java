package org.guanai.health.internal.service;

import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.internal.jpa.CheckEntity;
import org.guanai.registry.api.PersonDTO;

final class CheckMapper {

    private CheckMapper() {
    }

    /** Every field, outcome included: callers withhold it with {@link CheckOutcomes#hide} where needed. */
    static CheckRecordDTO toDto(CheckEntity e) {
        CheckRecordDTO d = new CheckRecordDTO();
        d.id = e.getId();
        d.version = e.getVersion();
        d.personId = e.getPersonId();
        d.campaignId = e.getCampaignId();
        d.checkedOn = e.getCheckedOn();
        d.providerName = e.getProviderName();
        d.result = e.getResult();
        d.findings = e.getFindings();
        d.referralTarget = e.getReferralTarget();
        d.followUpDue = e.getFollowUpDue();
        d.followedUpOn = e.getFollowedUpOn();
        d.followUpOutcome = e.getFollowUpOutcome();
        return d;
    }

    /** The read-only person fields, from the registry at the time of reading. */
    static CheckRecordDTO withPerson(CheckRecordDTO d, PersonDTO person) {
        if (person != null) {
            d.personName = person.name;
            d.townshipCode = person.townshipCode;
        }
        return d;
    }

    static void apply(CheckRecordDTO d, CheckEntity e) {
        e.setPersonId(d.personId);
        e.setCampaignId(d.campaignId);
        e.setCheckedOn(d.checkedOn);
        e.setProviderName(d.providerName);
        e.setResult(d.result);
        e.setFindings(d.findings);
        e.setReferralTarget(d.referralTarget);
        e.setFollowUpDue(d.followUpDue);
        e.setFollowedUpOn(d.followedUpOn);
        e.setFollowUpOutcome(d.followUpOutcome);
    }
}
