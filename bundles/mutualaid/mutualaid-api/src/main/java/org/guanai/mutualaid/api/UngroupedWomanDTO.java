package org.guanai.mutualaid.api;

/** An active left-behind woman in no active group. */
public class UngroupedWomanDTO {
    public Long personId;
    public String name;
    public String villageCode;
    public String townshipCode;
    /** As the caller may see it (masked unless full view). */
    public String phone;
}
