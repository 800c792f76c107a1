package org.guanai.registry.api;

import java.time.YearMonth;
import java.util.List;

/**
 * Active counts per township, for the summary table and dashboards. Every figure counts only what the
 * current caller sees ({@link org.guanai.registry.api.security.CallerContext}).
 */
@org.osgi.annotation.versioning.ProviderType
public interface StatsService {
    /**
     * The smallest count shown to a caller who may read statistics but no personal records (the {@code stats}
     * role alone): smaller ones are suppressed or folded, as each method says.
     */
    int SMALL_CELL = 5;

    /** The most months {@link #monthly} answers at once. */
    int MAX_MONTHS = 36;

    /** One row per township of the county, ordered by code. */
    List<TownshipStatsDTO> byTownship();

    /** The county's totals (townshipCode is the county's code). */
    TownshipStatsDTO county();

    /**
     * Where members of active households work, by province and city, most households first.
     *
     * @param townshipCode one township, or null for all the caller sees
     */
    List<MigrantDestinationDTO> migrantDestinations(String townshipCode);

    /**
     * Month by month from {@code from} to {@code to} (both included, at most {@link #MAX_MONTHS}): registrations,
     * endings, active persons at each month's end by category (from today's active counts and what was
     * registered and ended since), and service records.
     *
     * @param townshipCode one township, or null for all the caller sees
     * @throws ValidationException naming {@code from} or {@code to} for a range that is empty or too long
     */
    List<MonthlyStatsDTO> monthly(String townshipCode, YearMonth from, YearMonth to);
}
