package org.guanai.legal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rights case (维权案件): intake, then referrals, follow-ups and protective measures ({@link #steps}), then closure with
 * an outcome. Read and written only by legal staff and the case's handler; never deleted.
 */
public class RightsCaseDTO {
    public Long id;
    public long version;
    public LocalDate receivedOn;
    public CaseChannel channel;
    public SubjectKind subjectKind;
    /** The registry person concerned (subjectKind REGISTERED). */
    public Long personId;
    /** The person's name: the registry's (read-only) or, for someone not registered, as given. */
    public String subjectName;
    /** Who reported it (the person, a relative, a neighbour, a teacher …). */
    public String reporter;
    /** Where: the person's township and village for a registered person, else as given (the township required). */
    public String townshipCode;
    public String villageCode;
    public CaseCategory category;
    public RiskLevel riskLevel;
    /** What happened (sensitive). */
    public String description;
    /** The user who handles the case; the intake's user when absent. */
    public String handler;
    /** Read-only. */
    public CaseStatus status;
    /** Read-only: the first response is due by this day (receivedOn plus the risk level's days). */
    public LocalDate firstResponseDue;
    /** Read-only: the day of the first referral or follow-up. */
    public LocalDate firstResponseOn;
    /** Read-only: the day of the last step, or the intake. */
    public LocalDate lastActionOn;
    /** Read-only: added through referrals, follow-ups and measures. */
    public List<CaseStepDTO> steps = new ArrayList<>();
    /** Read-only: set by closing. */
    public LocalDate closedOn;
    public CaseOutcome outcome;
    public String closeReason;
}
