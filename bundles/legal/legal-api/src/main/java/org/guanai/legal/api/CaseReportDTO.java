package org.guanai.legal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rights cases received in a period, for the county or one township (never below). For a caller who is not legal
 * staff, counts that would point at a few persons are suppressed (null).
 */
public class CaseReportDTO {
    public LocalDate from;
    public LocalDate to;
    /** Null for the county. */
    public String townshipCode;
    public Long received;
    public Long closed;
    /** Closed of received, in per cent (one decimal); null when either is suppressed or none received. */
    public Double closureRatePercent;
    /** Median days from intake to closure of the cases closed; null when none or suppressed. */
    public Double medianDaysToClose;
    /** Open cases on the overdue list now. */
    public Long overdue;
    public List<CountDTO> byCategory = new ArrayList<>();
    public List<CountDTO> byChannel = new ArrayList<>();
    public List<CountDTO> byStatus = new ArrayList<>();
    public List<CountDTO> byRisk = new ArrayList<>();
}
