package org.guanai.registry.api;

import java.util.List;

/** Active counts per township, for the summary table and dashboards. */
@org.osgi.annotation.versioning.ProviderType
public interface StatsService {
    /** One row per township of the county, ordered by code. */
    List<TownshipStatsDTO> byTownship();

    /** The county's totals (townshipCode is the county's code). */
    TownshipStatsDTO county();
}
