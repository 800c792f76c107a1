package org.guanai.training.api;

import java.time.LocalDate;

/** A registry person who signed up for a project at a fair; placed where she lives, as enrolments are. */
public class FairSignUpDTO {
    public Long id;
    public long version;
    public Long fairId;
    public Long projectId;
    /** The project's name (filled on read). */
    public String projectName;
    public Long personId;
    /** Her name (filled on read, when the caller sees her). */
    public String personName;
    public String townshipCode;
    public String villageCode;
    /** The day she signed up: the fair's day unless given. */
    public LocalDate signedUpOn;
    public String notes;
}
