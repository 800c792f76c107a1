package org.guanai.health.api;

import java.util.ArrayList;
import java.util.List;

/** Coverage for a year: one row per township, then the county. */
public class CoverageDTO {
    public int year;
    public List<CoverageRowDTO> townships = new ArrayList<>();
    public CoverageRowDTO county;
}
