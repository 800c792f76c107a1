package org.guanai.mutualaid.api;

import java.util.Map;
import java.util.TreeMap;

/** One township's (or the county's) figures for one group kind, or for all kinds when {@code kind} is null. */
public class SummaryRowDTO {
    public String townshipCode;
    public String townshipName;
    /** Null on a township's total row. */
    public GroupKind kind;
    public long activeGroups;
    public long members;
    /** Activities per month of the year (YYYY-MM → count). */
    public Map<String, Long> activitiesByMonth = new TreeMap<>();
    public long activities;
    public long inactiveGroups;
}
