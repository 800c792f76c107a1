package org.guanai.health.api;

import java.time.LocalDate;

/** A referral or abnormal finding whose follow-up date has passed without a follow-up recorded. */
public class FollowUpDTO {
    public long checkId;
    public long personId;
    public String name;
    public String townshipCode;
    public LocalDate checkedOn;
    public LocalDate followUpDue;
    public long daysOverdue;
}
