package org.guanai.training.api;

/** Filters for listing enrolments; null fields do not filter. */
public class EnrolmentQuery {
    public Long classId;
    public Long personId;
    public String townshipCode;
}
