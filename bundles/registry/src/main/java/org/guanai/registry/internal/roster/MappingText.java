package org.guanai.registry.internal.roster;

import org.guanai.registry.api.MessageBundle;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * How the import read each header (the job's mapping lines, shown by {@code registry:import --dry-run} and
 * {@code GET /imports/{id}}), from {@code mapping.properties} (Chinese) and {@code mapping_en.properties} (English)
 * in this package. A line is kept in both languages ({@link ReportText}) and rendered in the reader's. The headers
 * themselves (the file's, and a column's Chinese and English header) are data and read the same in both.
 */
public final class MappingText {
    public static final MessageBundle TEXT = MessageBundle.of(MappingText.class, "org.guanai.registry.internal.roster.mapping");

    private MappingText() {
    }

    /** {@code header} (with {@code where}, "sheet: " or "") read as {@code column}: 序号 → 序号 serial (…). */
    static String column(String where, String header, RosterColumn column) {
        String key = column == RosterColumn.SERIAL ? "mapping.serial" : "mapping.column";
        return ReportText.both(TEXT.message(key, where, header, column.chinese(), column.english()));
    }

    /** {@code header} left out because the import's mapping said so. */
    static String ignored(String where, String header) {
        return ReportText.both(TEXT.message("mapping.ignored", where, header));
    }

    /** {@code header} that names no column. */
    static String unknown(String where, String header) {
        return ReportText.both(TEXT.message("mapping.unknown", where, header));
    }
}
