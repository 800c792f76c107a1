package org.guanai.training.internal.signin;

import java.util.List;

/** One row of a sheet: its line in the file (1-based) and its cells, trimmed, blank as "". */
public final class SheetRow {
    public final int line;
    public final List<String> cells;

    public SheetRow(int line, List<String> cells) {
        this.line = line;
        this.cells = cells;
    }

    public String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
