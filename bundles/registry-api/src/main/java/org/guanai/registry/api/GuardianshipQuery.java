package org.guanai.registry.api;

/** Filters for listing guardianships; null fields do not filter. */
public class GuardianshipQuery {
    public Long childId;
    public Long guardianId;
    public GuardianCapacity capacity;
    public Status status;
    /** The child lives in this township. */
    public String townshipCode;
}
