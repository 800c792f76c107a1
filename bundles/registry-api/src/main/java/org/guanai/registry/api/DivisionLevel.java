package org.guanai.registry.api;

/** Level of an administrative division (GB/T 2260 county, 9-digit township, 12-digit village). */
public enum DivisionLevel {
    COUNTY,
    TOWNSHIP,
    VILLAGE
}
