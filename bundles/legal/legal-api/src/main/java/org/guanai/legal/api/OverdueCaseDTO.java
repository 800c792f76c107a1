package org.guanai.legal.api;

import java.time.LocalDate;

/** A case on the overdue list, and why. */
public class OverdueCaseDTO {
    public long caseId;
    public OverdueReason reason;
    public LocalDate receivedOn;
    public CaseCategory category;
    public RiskLevel riskLevel;
    public CaseStatus status;
    public String townshipCode;
    public String handler;
    /** The day it was due: the first response's, or the last action's plus the follow-up interval. */
    public LocalDate dueOn;
    public LocalDate lastActionOn;
    public long daysOverdue;
}
