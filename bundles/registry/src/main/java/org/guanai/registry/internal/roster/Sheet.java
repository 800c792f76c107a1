package org.guanai.registry.internal.roster;

import java.util.List;

/**
 * One table of a roster file: a CSV file, or one sheet of a workbook. Rows keep the line numbers a
 * person sees in Excel or a text editor, for the report.
 *
 * @param name the sheet's name, or null for a CSV file
 */
public record Sheet(String name, List<Row> rows) {

    /** Takes the rows of a sheet as they are read, one at a time; {@code false} stops reading that sheet. */
    @FunctionalInterface
    public interface RowSink {
        boolean row(Row row);

        /** The sheet has no more rows (not called after {@link #row} said stop). */
        default void end() {
        }
    }

    /**
     * @param line  1-based; for CSV the physical line the record starts on (a quoted field may span lines)
     * @param cells the cell values, never null (an empty cell is "")
     */
    public record Row(int line, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
