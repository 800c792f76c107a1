package org.guanai.mutualaid.api;

import java.time.LocalDate;

/** An active group with no activity in the last N days (and founded before them). */
public class InactiveGroupDTO {
    public Long groupId;
    public String name;
    public GroupKind kind;
    public String villageCode;
    public String townshipCode;
    public LocalDate foundedOn;
    /** Null when it never had one. */
    public LocalDate lastActivityOn;
    public long memberCount;
}
