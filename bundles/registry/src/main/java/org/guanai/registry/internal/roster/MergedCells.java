package org.guanai.registry.internal.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sheet's merged ranges: their value is in their first cell only, and is copied into every cell of the range,
 * as a person reading the sheet sees it (a title across the sheet, 父亲情况 above three columns, 序号 over two
 * header rows).
 */
final class MergedCells {

    /** A merged range is a title or a header group: bounded, so a hostile range cannot fill memory. */
    static final int MAX_MERGED_ROWS = 20;
    static final int MAX_MERGED_COLUMNS = 100;

    private MergedCells() {
    }

    /** @param merged ranges as {@link #range} reads them */
    static void fill(Map<Integer, List<String>> rows, List<int[]> merged) {
        for (int[] m : merged) {
            String v = cell(rows, m[0], m[1]);
            for (int row = m[0]; row <= m[2]; row++) {
                for (int col = m[1]; col <= m[3]; col++) {
                    List<String> target = rows.computeIfAbsent(row, x -> new ArrayList<>());
                    while (target.size() < col) {
                        target.add("");
                    }
                    if (target.get(col - 1).isEmpty()) {
                        target.set(col - 1, v);
                    }
                }
            }
        }
    }

    private static String cell(Map<Integer, List<String>> rows, int row, int col) {
        List<String> cells = rows.get(row);
        return cells == null || cells.size() < col ? "" : cells.get(col - 1);
    }

    /** "B2:D3" → {2, 2, 3, 4} (first row, first column, last row, last column; 1-based), or null. */
    static int[] range(String ref) {
        if (ref == null || ref.indexOf(':') < 0) {
            return null;
        }
        String[] ends = ref.split(":");
        int[] a = position(ends[0]);
        int[] b = position(ends[1]);
        if (a == null || b == null || b[0] - a[0] > MAX_MERGED_ROWS) {
            return null;
        }
        return new int[] {a[0], a[1], b[0], Math.min(b[1], a[1] + MAX_MERGED_COLUMNS)};
    }

    private static int[] position(String ref) {
        int col = XlsxReader.columnIndex(ref);
        String digits = ref.replaceAll("[^0-9]", "");
        return col == 0 || digits.isEmpty() || digits.length() > 7 ? null : new int[] {Integer.parseInt(digits), col};
    }
}
