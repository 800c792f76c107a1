package org.guanai.training.api;

import java.time.LocalDate;

/** One outcome follow-up of an enrolment: one per round, on or after the class ended. */
public class OutcomeFollowUpDTO {
    public Long id;
    public long version;
    public Long enrolmentId;
    /** The enrolment's person and class (filled on read). */
    public Long personId;
    public Long classId;
    public FollowUpRound round;
    public Outcome outcome;
    public LocalDate followedUpOn;
    public String note;
}
