package org.guanai.legal.api;

import java.time.LocalDate;

/** Filters of the case list; null means "any". Received between from and to. */
public class CaseQuery {
    public String townshipCode;
    public CaseStatus status;
    public CaseCategory category;
    public CaseChannel channel;
    public RiskLevel riskLevel;
    public String handler;
    public Long personId;
    public LocalDate from;
    public LocalDate to;
}
