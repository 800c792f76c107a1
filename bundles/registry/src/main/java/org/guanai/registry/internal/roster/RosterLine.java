package org.guanai.registry.internal.roster;

import java.util.EnumMap;
import java.util.Map;

import org.guanai.registry.api.roster.RosterColumn;

/** One data row of a roster, its cells keyed by column (text as {@link RosterValues#text} cleaned it). */
public final class RosterLine {
    public final String sheet;
    public final int line;
    private final Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
    private final Map<RosterColumn, String> headers;

    RosterLine(String sheet, int line, Map<RosterColumn, String> headers) {
        this.sheet = sheet;
        this.line = line;
        this.headers = headers;
    }

    void put(RosterColumn column, String value) {
        values.put(column, value);
    }

    /** The cell, or "" when empty or the sheet has no such column. */
    public String get(RosterColumn column) {
        return values.getOrDefault(column, "");
    }

    public boolean has(RosterColumn column) {
        return !get(column).isEmpty();
    }

    /** Whether this row's sheet has the column at all. */
    public boolean sheetHas(RosterColumn column) {
        return headers.containsKey(column);
    }

    /** The header as the file wrote it, for the report (the Chinese header if the sheet lacks the column). */
    public String header(RosterColumn column) {
        return column == null ? null : headers.getOrDefault(column, column.chinese());
    }

    public boolean anyOf(RosterColumn.Part part) {
        for (Map.Entry<RosterColumn, String> e : values.entrySet()) {
            if (e.getKey().part() == part && !e.getValue().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
