package org.guanai.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One person enrolled in one class, with what she attended, whether she completed, and her certificate. */
public class EnrolmentDTO {
    public Long id;
    public long version;
    public Long classId;
    public Long personId;
    /** Her name (filled on read, when the caller sees her). */
    public String personName;
    public String townshipCode;
    public String villageCode;
    public LocalDate enrolledOn;
    /** Hours attended, summed over the class days (computed). */
    public BigDecimal attendedHours = BigDecimal.ZERO;
    /** The course's required hours. */
    public int requiredHours;
    /** Attended hours at least the required hours (computed, never typed). */
    public boolean completed;
    /** The certificate's number, once issued. */
    public String certificateNumber;
    public LocalDate certificateIssuedOn;
}
