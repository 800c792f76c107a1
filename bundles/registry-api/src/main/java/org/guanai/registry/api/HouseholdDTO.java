package org.guanai.registry.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A household with members working away (外出务工家庭档案). */
public class HouseholdDTO {
    public Long id;
    /**
     * The county's own household number (户编号), unique when present: roster imports match households on
     * it. Optional for a household registered by hand.
     */
    public String householdKey;
    /** Optimistic-concurrency version; sent back as the ETag. Read-only. */
    public long version;
    /** 12-digit village code; the village must be one of the county's. */
    public String villageCode;
    /** Derived from the village. Read-only. */
    public String townshipCode;
    public String address;
    /** Head of household's name as on the household register. */
    public String headName;
    public String contactPhone;
    /** Hardship family (特困家庭). */
    public boolean hardship;
    public String notes;
    public List<MigrantMemberDTO> migrantMembers = new ArrayList<>();
    public Status status;
    public LocalDate endedOn;
    public String endNote;
}
