package org.guanai.registry.api;

/** Active counts for one township (or the whole county when {@link #townshipCode} is the county's code). */
public class TownshipStatsDTO {
    public String townshipCode;
    public String townshipName;
    public long women;
    public long children;
    public long elderly;
    public long households;
    public long sites;
    /** Active children without an active guardian of good capacity. */
    public long childrenWithoutCapableGuardian;
}
