package org.guanai.health.api;

/** An active left-behind woman with no check in the year asked for, and why she is due. */
public class DueWomanDTO {
    public long personId;
    public String name;
    public String villageCode;
    public String townshipCode;
    public String phone;
    /** The last year she was checked, or null when never. */
    public Integer lastCheckYear;
    /** "never checked" or "last checked in 2024". */
    public String reason;
}
