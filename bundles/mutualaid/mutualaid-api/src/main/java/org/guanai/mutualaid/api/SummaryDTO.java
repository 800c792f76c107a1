package org.guanai.mutualaid.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The module's figures for a year, per township and kind: groups, members, activities per month, inactive groups;
 * and per township, left-behind women in no group and the pairing coverage of the vulnerable.
 */
public class SummaryDTO {
    public int year;
    public int inactiveDays;
    public List<SummaryRowDTO> rows = new ArrayList<>();
    public List<CoverageRowDTO> coverage = new ArrayList<>();
}
