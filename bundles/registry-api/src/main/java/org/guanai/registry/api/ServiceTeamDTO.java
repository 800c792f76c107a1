package org.guanai.registry.api;

import java.time.LocalDate;

/** A service team: staff and volunteers attached to a site or a township. */
public class ServiceTeamDTO {
    public Long id;
    public long version;
    public String name;
    /** The site it serves, or null for a township-wide team. */
    public Long siteId;
    /** Township it works in (taken from the site when absent). */
    public String townshipCode;
    public String description;
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
