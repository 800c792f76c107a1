package org.guanai.legal.api;

/** Promotion events and people reached in one township and month. */
public class EventReportRowDTO {
    public String townshipCode;
    public String townshipName;
    /** YYYY-MM. */
    public String month;
    public long events;
    public long reached;
    public long materials;
}
