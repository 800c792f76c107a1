package org.guanai.health.api;

/**
 * Screening coverage of one township (or the county) for one year, as counts and percentages. The counts that
 * follow from results (abnormal, referred, followed up) are null where they would reveal a woman's result to a
 * caller who may not read results: fewer than the minimum cell, or (nearly) all of the women checked
 * ({@link CoverageDTO#suppressedBelow}).
 */
public class CoverageRowDTO {
    public String townshipCode;
    public String townshipName;
    /** Active left-behind women (the denominator). */
    public long due;
    /** Of them, checked at least once in the year. */
    public long checked;
    /** Null where suppressed. */
    public Long abnormal;
    /** Null where suppressed. */
    public Long referred;
    /** Referred women whose referral was followed up; null where suppressed. */
    public Long referralsFollowedUp;
    /** Percentages with one decimal; 0 when the denominator is 0; null where a count they derive from is. */
    public double checkedPercent;
    public Double abnormalPercent;
    public Double referredPercent;
    public Double followedUpPercent;
}
