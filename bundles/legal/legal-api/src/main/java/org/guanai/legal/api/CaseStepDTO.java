package org.guanai.legal.api;

import java.time.LocalDate;

/** One step of a rights case: a referral to a department, a follow-up, or a protective measure. Never changed once written. */
public class CaseStepDTO {
    /** Read-only. */
    public Long id;
    /** Read-only: set by the path it is posted to. */
    public StepKind kind;
    /** The day it happened. */
    public LocalDate on;
    /** A referral's department. */
    public Department department;
    /** A referral's answer from the department, if any. */
    public String response;
    /** A measure: which. */
    public Measure measure;
    /** What was done or said (sensitive: legal staff and the handler only). */
    public String note;
    /** Read-only: who recorded it. */
    public String recordedBy;
}
