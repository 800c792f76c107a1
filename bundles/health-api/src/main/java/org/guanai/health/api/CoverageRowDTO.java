package org.guanai.health.api;

/** Screening coverage of one township (or the county) for one year, as counts and percentages. */
public class CoverageRowDTO {
    public String townshipCode;
    public String townshipName;
    /** Active left-behind women (the denominator). */
    public long due;
    /** Of them, checked at least once in the year. */
    public long checked;
    public long abnormal;
    public long referred;
    /** Referred women whose referral was followed up. */
    public long referralsFollowedUp;
    /** Percentages with one decimal; 0 when the denominator is 0. */
    public double checkedPercent;
    public double abnormalPercent;
    public double referredPercent;
    public double followedUpPercent;
}
