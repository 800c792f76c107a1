package org.guanai.registry.internal.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A sheet's merged ranges: their value is in their first cell only, and is copied into every cell of the range,
 * as a person reading the sheet sees it (a title across the sheet, 父亲情况 above three columns, 序号 over two
 * header rows, a household's 户主 down its rows).
 *
 * <p>A sheet lists its merged ranges after its rows, so they are gathered by a first pass over the sheet; the
 * rows then stream through {@link #filling}, which fills each row as it passes, holding only the ranges (a few
 * ints each, bounded) and the values of those that cover the current row, never the rows.
 */
final class MergedCells {

    /** A merged range is a title, a header group or a household's cell: bounded, so a hostile range cannot fill memory. */
    static final int MAX_MERGED_ROWS = 20;
    static final int MAX_MERGED_COLUMNS = 100;
    /** Far more than a roster of 300,000 rows merges; 16 bytes each. */
    static final int MAX_RANGES = 1_000_000;

    /** first row, first column, last row, last column (1-based), four ints a range. */
    private int[] ranges = new int[64];
    private int count;

    /** Adds a range as {@link #range} reads it (null: ignored). */
    void add(int[] range) {
        if (range == null) {
            return;
        }
        if (count >= MAX_RANGES) {
            throw new RosterFileException(ImportMessages.FILE_MERGED_CELLS, MAX_RANGES);
        }
        if (4 * count + 4 > ranges.length) {
            ranges = Arrays.copyOf(ranges, ranges.length * 2);
        }
        System.arraycopy(range, 0, ranges, 4 * count, 4);
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Where rows go to be filled before they reach {@code target}; its {@code end} fills rows a range adds below. */
    Sheet.RowSink filling(Sheet.RowSink target) {
        return isEmpty() ? target : new Filler(target, byFirstRow());
    }

    /** The ranges' indexes in the order of their first rows. */
    private int[] byFirstRow() {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (long) ranges[4 * i] << 21 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) (keys[i] & ((1 << 21) - 1));
        }
        return order;
    }

    /** A range whose first row has passed, with the value of its first cell. */
    private record Active(int firstRow, int firstColumn, int lastRow, int lastColumn, String value) {
    }

    private final class Filler implements Sheet.RowSink {
        private final Sheet.RowSink target;
        private final int[] order;
        private final List<Active> active = new ArrayList<>();
        private int next;
        private int lastLine;
        private boolean stopped;

        Filler(Sheet.RowSink target, int[] order) {
            this.target = target;
            this.order = order;
        }

        @Override
        public boolean row(Sheet.Row row) {
            if (stopped) {
                return false;
            }
            // rows a range covers that the sheet leaves out (the lower row of a two-row header, say) come first
            if (!emitMissing(row.line() - 1)) {
                return false;
            }
            List<String> cells = new ArrayList<>(row.cells());
            while (next < order.length && ranges[4 * order[next]] <= row.line()) {
                int at = 4 * order[next++];
                String value = ranges[at] == row.line() ? cell(cells, ranges[at + 1]) : "";
                if (!value.isEmpty()) {
                    active.add(new Active(ranges[at], ranges[at + 1], ranges[at + 2], ranges[at + 3], value));
                }
            }
            fill(cells, row.line());
            lastLine = row.line();
            stopped = !target.row(new Sheet.Row(row.line(), List.copyOf(cells)));
            return !stopped;
        }

        @Override
        public void end() {
            if (!stopped && emitMissing(Integer.MAX_VALUE)) {
                target.end();
            }
        }

        /** Emits the rows after the last one, up to {@code upTo}, that only an active range gives values. */
        private boolean emitMissing(int upTo) {
            int last = lastLine;
            for (Active a : active) {
                last = Math.max(last, a.lastRow());
            }
            for (int line = lastLine + 1; line <= Math.min(upTo, last); line++) {
                List<String> cells = new ArrayList<>();
                fill(cells, line);
                lastLine = line;
                if (!cells.isEmpty() && !target.row(new Sheet.Row(line, List.copyOf(cells)))) {
                    stopped = true;
                    return false;
                }
            }
            return true;
        }

        private void fill(List<String> cells, int line) {
            for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
                Active a = it.next();
                if (a.lastRow() < line) {
                    it.remove();
                    continue;
                }
                for (int col = a.firstColumn(); col <= a.lastColumn(); col++) {
                    while (cells.size() < col) {
                        cells.add("");
                    }
                    if (cells.get(col - 1).isEmpty()) {
                        cells.set(col - 1, a.value());
                    }
                }
            }
        }
    }

    private static String cell(List<String> cells, int col) {
        return cells.size() < col ? "" : cells.get(col - 1);
    }

    /** "B2:D3" → {2, 2, 3, 4} (first row, first column, last row, last column; 1-based), or null. */
    static int[] range(String ref) {
        if (ref == null || ref.indexOf(':') < 0) {
            return null;
        }
        String[] ends = ref.split(":");
        if (ends.length != 2) {
            return null;
        }
        int[] a = position(ends[0]);
        int[] b = position(ends[1]);
        if (a == null || b == null || b[0] < a[0] || b[1] < a[1] || b[0] - a[0] > MAX_MERGED_ROWS) {
            return null;
        }
        return new int[] {a[0], a[1], b[0], Math.min(b[1], a[1] + MAX_MERGED_COLUMNS)};
    }

    private static int[] position(String ref) {
        int col = XlsxReader.columnIndex(ref);
        String digits = ref.replaceAll("[^0-9]", "");
        return col == 0 || col > XlsxReader.MAX_COLUMNS || digits.isEmpty() || digits.length() > 7 ? null
                : new int[] {Integer.parseInt(digits), col};
    }
}
