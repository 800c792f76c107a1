package org.guanai.registry.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.spi.ActionListDTO;
import org.guanai.registry.api.spi.BulletinSectionDTO;

/**
 * The quarterly bulletin (简报) of the county or one township, as far as the caller sees: the quarter month
 * by month, today's figures by township, where the migrant members work, the action lists' totals and each
 * installed module's section. Aggregates only: no person is named in it.
 */
public class BulletinDTO {
    public int year;
    public int quarter;
    public LocalDate from;
    public LocalDate to;
    /** The township, or the county's code. */
    public String divisionCode;
    public String divisionName;
    /** The day the current figures ({@link #today}, {@link #townships}, action lists) were counted. */
    public LocalDate countedOn;
    /** The quarter's three months: registrations, endings, active at each month's end, service records. */
    public List<MonthlyStatsDTO> months = new ArrayList<>();
    /** Today's totals for the division. */
    public TownshipStatsDTO today;
    /** Today's figures per township (one row for a township's bulletin). */
    public List<TownshipStatsDTO> townships = new ArrayList<>();
    /** Where the members of its households work, the ten largest. */
    public List<MigrantDestinationDTO> destinations = new ArrayList<>();
    /** Totals of the action lists the caller may see (no items). */
    public List<ActionListDTO> actionLists = new ArrayList<>();
    /** Each installed module's section, by module id. */
    public List<BulletinSectionDTO> sections = new ArrayList<>();
    /** Modules whose section could not be made this time. */
    public List<String> unavailableModules = new ArrayList<>();
}
