package org.guanai.health.api;

/** Filters for listing check records; null fields do not filter. */
public class CheckQuery {
    public Long personId;
    public Long campaignId;
    public Integer year;
    /** Filtering by result is itself health data: ignored unless the caller may see results. */
    public CheckResult result;
    public String townshipCode;
}
