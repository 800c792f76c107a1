package org.guanai.registry.api.roster;

import org.guanai.registry.api.CareCategory;

/** Which persons an export takes (all filters optional). */
public class RosterExportQuery {
    /** 9-digit township code. */
    public String townshipCode;
    /** 12-digit village code. */
    public String villageCode;
    public CareCategory category;
    public RosterFormat format = RosterFormat.CSV;
    /** Ended persons too (their 状态 column says so); by default an export lists the active ones only. */
    public boolean includeEnded;
}
