package org.guanai.mutualaid.api;

/** A vulnerable case no active pairing covers: a person (child, elderly) or a household. */
public class UnpairedCaseDTO {
    public VulnerableReason reason;
    /** The person, for a child or an elderly person. */
    public Long personId;
    /** The household: the hardship household itself, or the person's. */
    public Long householdId;
    /** The person's name, or the household head's. */
    public String name;
    public String villageCode;
    public String townshipCode;
}
