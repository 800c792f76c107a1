package org.guanai.training.api;

/** Filters for listing classes; null fields do not filter. */
public class TrainingClassQuery {
    public Long courseId;
    public String townshipCode;
    /** Classes starting in this year. */
    public Integer year;
}
