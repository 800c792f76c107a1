package org.guanai.health.api;

import java.util.ArrayList;
import java.util.List;

/** Coverage for a year: one row per township, then the county. */
public class CoverageDTO {
    public int year;
    public List<CoverageRowDTO> townships = new ArrayList<>();
    public CoverageRowDTO county;
    /**
     * For a caller who may not read results: the minimum cell below which counts derived from results are
     * suppressed (null); null when nothing is suppressed for this caller.
     */
    public Integer suppressedBelow;
}
