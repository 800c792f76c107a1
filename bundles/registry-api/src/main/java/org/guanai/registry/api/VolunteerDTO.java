package org.guanai.registry.api;

import java.time.LocalDate;

/** A member of a service team: staff, professional volunteer (teacher, medic, civil affairs, police) or social volunteer. */
public class VolunteerDTO {
    public Long id;
    public long version;
    public String name;
    public VolunteerKind kind;
    /** e.g. teacher, doctor, police officer; free text. */
    public String profession;
    public String phone;
    public Long teamId;
    public String notes;
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
