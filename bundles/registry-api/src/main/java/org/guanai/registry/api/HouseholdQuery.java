package org.guanai.registry.api;

/** Filters for listing households; null fields do not filter. */
public class HouseholdQuery {
    public String townshipCode;
    public String villageCode;
    public Status status;
    public Boolean hardship;
    /** Head of household's name starts with this. */
    public String namePrefix;
}
