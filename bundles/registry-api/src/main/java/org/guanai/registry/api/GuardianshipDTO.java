package org.guanai.registry.api;

import java.time.LocalDate;

/** A left-behind child's guardian (监护人登记): both are persons in the registry. */
public class GuardianshipDTO {
    public Long id;
    public long version;
    public Long childId;
    public Long guardianId;
    /** Read-only conveniences, filled on read. */
    public String childName;
    public String guardianName;
    public GuardianRelation relation;
    public GuardianCapacity capacity;
    public String contactPhone;
    public LocalDate since;
    public String notes;
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
