package org.guanai.registry.api;

/**
 * Where the members of left-behind households work: one province and city, with how many active households
 * have a member there and how many members work there. For a statistics-only caller, places with fewer than
 * {@link StatsService#SMALL_CELL} households are folded into one row whose province and city are null.
 */
public class MigrantDestinationDTO {
    /** e.g. 广东省; null for "elsewhere" (folded small places, or not recorded). */
    public String province;
    /** e.g. 东莞市; null when not recorded or folded. */
    public String city;
    public long households;
    public long migrants;
}
