package org.guanai.registry.api;

/** Filters for listing teams or volunteers; null fields do not filter. */
public class TeamQuery {
    public String townshipCode;
    public Long siteId;
    /** Volunteers only. */
    public Long teamId;
    /** Volunteers only. */
    public VolunteerKind kind;
    public Status status;
    public String namePrefix;
}
