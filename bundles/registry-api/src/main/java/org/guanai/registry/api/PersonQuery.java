package org.guanai.registry.api;

/** Filters for listing persons; null fields do not filter. */
public class PersonQuery {
    public String townshipCode;
    public String villageCode;
    public CareCategory category;
    public Status status;
    /** Name starts with this. */
    public String namePrefix;
    public SchoolStage schoolStage;
    public Long householdId;
    public Gender gender;
}
