package org.guanai.training.api;

import java.time.LocalDate;

/** A follow-up that is due and not yet recorded. */
public class DueFollowUpDTO {
    public Long enrolmentId;
    public Long personId;
    public String personName;
    public String townshipCode;
    public String villageCode;
    public Long classId;
    public String courseTitle;
    public LocalDate classEndedOn;
    public FollowUpRound round;
    public LocalDate dueOn;
}
