package org.guanai.registry.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A person in the registry: a left-behind woman, child or elderly person (or several at once). */
public class PersonDTO {
    public Long id;
    /** Optimistic-concurrency version; sent back as the ETag. Read-only. */
    public long version;
    public String name;
    /** Derived from the ID number when absent; must match it when given. */
    public Gender gender;
    /** 18-character resident ID number (居民身份证号码), GB 11643 check digit. */
    public String idNumber;
    /** Derived from the ID number when absent; must match it when given. */
    public LocalDate birthDate;
    public String phone;
    public Long householdId;
    /** 12-digit village code; taken from the household when absent. */
    public String villageCode;
    /** Derived from the village. Read-only. */
    public String townshipCode;
    public Set<CareCategory> categories = EnumSet.noneOf(CareCategory.class);
    /** Children only. */
    public SchoolStage schoolStage;
    public String notes;
    /** Read-only: changed through end. */
    public Status status;
    public LocalDate endedOn;
    public EndReason endReason;
    public String endNote;
    /** Eligibility hints computed on read and write (never errors): e.g. a child aged 16 or more. Read-only. */
    public List<String> warnings = new ArrayList<>();
}
