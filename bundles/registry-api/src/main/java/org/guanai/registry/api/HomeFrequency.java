package org.guanai.registry.api;

/** How often a migrant member comes home. */
public enum HomeFrequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    TWICE_A_YEAR,
    YEARLY,
    RARELY
}
