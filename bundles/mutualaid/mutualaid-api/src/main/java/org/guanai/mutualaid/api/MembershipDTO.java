package org.guanai.mutualaid.api;

import java.time.LocalDate;

import org.guanai.registry.api.Status;

/**
 * One person's membership of one group: a registry person (mostly a left-behind woman) or a registry volunteer,
 * exactly one of the two. A person may be in several groups; leaving ends the membership, it is never deleted.
 */
public class MembershipDTO {
    public Long id;
    public long version;
    public Long groupId;
    /** The registry person, or null for a volunteer. */
    public Long personId;
    /** The registry volunteer, or null for a person. */
    public Long volunteerId;
    /** Read-only: the person's or volunteer's name. */
    public String name;
    public MemberRole role;
    public LocalDate joinedOn;
    public String notes;
    /** Read-only: ACTIVE while a member, ENDED once she left. */
    public Status status;
    /** Read-only: the day she left (changed through leave). */
    public LocalDate leftOn;
    public String leaveNote;
    /** Read-only: the group's name and township. */
    public String groupName;
    public String townshipCode;
}
