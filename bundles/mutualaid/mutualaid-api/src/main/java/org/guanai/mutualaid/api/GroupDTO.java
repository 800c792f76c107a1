package org.guanai.mutualaid.api;

import java.time.LocalDate;

import org.guanai.registry.api.Status;

/** A women's mutual-aid group (巾帼互助组) of a village, possibly meeting at a women's home. Ended, never deleted. */
public class GroupDTO {
    public Long id;
    public long version;
    public String name;
    public GroupKind kind;
    /** The village (12 digits); taken from the site when absent. */
    public String villageCode;
    /** Read-only: the village's township. */
    public String townshipCode;
    /** The women's home or other service site it belongs to, if any. */
    public Long siteId;
    public LocalDate foundedOn;
    public String notes;
    /** Read-only: changed through end. */
    public Status status;
    public LocalDate endedOn;
    public String endNote;
    /** Read-only: the active leader's name, if any. */
    public String leaderName;
    /** Read-only: active members. */
    public long memberCount;
    /** Read-only: the day of its last activity, if any. */
    public LocalDate lastActivityOn;
}
