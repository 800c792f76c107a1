package org.guanai.training.api;

/** Filters for listing fairs; null fields do not filter. */
public class FairQuery {
    public String townshipCode;
    /** Fairs held in this year. */
    public Integer year;
}
