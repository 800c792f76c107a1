package org.guanai.registry.rest;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.TownshipStatsDTO;

/** Body of {@code GET /api/v1/stats}: the county's totals and one row per township, ordered by code. */
public class StatsResponse {
    public TownshipStatsDTO county;
    public List<TownshipStatsDTO> townships = new ArrayList<>();

    public StatsResponse() {
    }

    public StatsResponse(TownshipStatsDTO county, List<TownshipStatsDTO> townships) {
        this.county = county;
        this.townships = townships;
    }
}
