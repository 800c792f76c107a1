package org.guanai.health.api;

import java.time.LocalDate;

/**
 * One woman's check. The outcome fields (result, findings, referral, follow-up) are filled only
 * for callers entitled to health data; for others they are null and {@link #outcomeHidden} is true.
 */
public class CheckRecordDTO {
    public Long id;
    public long version;
    public Long personId;
    /** Read-only convenience. */
    public String personName;
    /** Read-only: the person's township at the time of reading. */
    public String townshipCode;
    public Long campaignId;
    public LocalDate checkedOn;
    /** Defaults to the campaign's provider. */
    public String providerName;
    public CheckResult result;
    public String findings;
    /** Where a REFERRED woman was sent (e.g. 市中心医院妇科). */
    public String referralTarget;
    /** When the referral or abnormal finding must be followed up. */
    public LocalDate followUpDue;
    public LocalDate followedUpOn;
    public String followUpOutcome;
    /** Write-only: record a check for a person who is not an active left-behind woman. */
    public boolean allowOtherCategory;
    /** Read-only: true when the outcome fields were withheld from this caller. */
    public boolean outcomeHidden;
}
