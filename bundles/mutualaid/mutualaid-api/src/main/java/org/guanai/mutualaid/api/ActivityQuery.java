package org.guanai.mutualaid.api;

import java.time.LocalDate;

/** Filters of an activity list; null means "any". */
public class ActivityQuery {
    public Long groupId;
    public String townshipCode;
    public ActivityKind kind;
    public LocalDate from;
    public LocalDate to;
}
