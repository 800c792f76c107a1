package org.guanai.legal.api;

import java.time.LocalDate;

/** Closing a case: the day, the outcome (required) and why it is closed. */
public class ClosureDTO {
    public LocalDate closedOn;
    public CaseOutcome outcome;
    public String reason;
}
