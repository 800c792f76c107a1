package org.guanai.legal.api;

import java.time.LocalDate;

/** Filters of the event list; null means "any". */
public class EventQuery {
    public String townshipCode;
    public String villageCode;
    public EventKind kind;
    public Topic topic;
    public LocalDate from;
    public LocalDate to;
}
