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
    /** Why she is due, as a code: never checked, or checked before (in {@link #lastCheckYear}). */
    public DueReason reasonCode;
    /** Why she is due, in the reader's language: 从未检查 / never checked, 最近一次检查在 2024 年 / last checked in 2024. */
    public String reason;
}
