package org.guanai.mutualaid.api;

import java.time.LocalDate;

import org.guanai.registry.api.Status;

/**
 * A 1+1 pairing (结对帮扶): a helper, a registry volunteer or staff member (or a registry person, e.g. a women
 * volunteer), paired with a household or a person. Exactly one helper and one of household or person.
 */
public class PairingDTO {
    public Long id;
    public long version;
    public Long helperVolunteerId;
    public Long helperPersonId;
    /** Read-only: the helper's name. */
    public String helperName;
    public Long personId;
    public Long householdId;
    /** Read-only: the person's name or the household head's. */
    public String targetName;
    /** Read-only: where the person or household lives. */
    public String villageCode;
    public String townshipCode;
    public LocalDate startsOn;
    public String notes;
    /** Read-only: changed through end. */
    public Status status;
    public LocalDate endedOn;
    public String endNote;
    /** Read-only: the day of the last visit, if any. */
    public LocalDate lastVisitOn;
}
