package org.guanai.registry.api;

/**
 * One calendar month of the registry: persons registered and ended in it, those active at its end by care
 * category, and service records dated in it. A figure is null where it was suppressed: for a statistics-only
 * caller, counts from 1 to {@link StatsService#SMALL_CELL} - 1 are not shown (a small cell can point at a
 * person).
 */
public class MonthlyStatsDTO {
    /** The month, as {@code 2026-03}. */
    public String month;
    public Long registered;
    public Long ended;
    public Long activeWomen;
    public Long activeChildren;
    public Long activeElderly;
    public Long serviceRecords;
}
