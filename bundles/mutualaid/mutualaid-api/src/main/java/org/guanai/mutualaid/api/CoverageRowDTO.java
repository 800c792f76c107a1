package org.guanai.mutualaid.api;

/** A township's (or, with a null code, the county's) women in groups and pairing coverage of the vulnerable. */
public class CoverageRowDTO {
    public String townshipCode;
    public String townshipName;
    public long activeWomen;
    public long womenInNoGroup;
    public long vulnerableCases;
    public long pairedCases;
    /** paired / vulnerable in percent, one decimal; null without vulnerable cases. */
    public Double pairedPercent;
}
