package org.guanai.registry.internal.roster;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.guanai.registry.api.roster.RosterColumn;

/**
 * Finds a sheet's header among its first rows, below a title or two and a filing line (填报单位：… 填报日期：…),
 * in one row or in two (a group label such as 父亲情况 above 姓名 / 务工地点 / 联系电话). The header is the row, or
 * pair of rows, that names the most roster columns; it must name a person's or household's key column.
 */
final class HeaderLocator {

    /** How far down a header may be: titles and filing lines are a few rows at most. */
    static final int SEARCH_ROWS = 12;

    /** A sheet's header as found. */
    record Header(int firstRow, int rowCount, Map<Integer, RosterColumn> byIndex, Map<RosterColumn, String> headers,
                  Map<Integer, String> texts, List<String> duplicates, String title) {
        int score() {
            return headers.size();
        }
    }

    private final Function<String, Optional<RosterColumn>> columns;

    /** @param columns a header's column: the user's mapping first, then {@link RosterHeaders} */
    HeaderLocator(Function<String, Optional<RosterColumn>> columns) {
        this.columns = columns;
    }

    /** The header of the sheet's rows, or empty when no row names enough roster columns. */
    Optional<Header> locate(List<Sheet.Row> rows) {
        Header best = null;
        int seen = 0;
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < rows.size() && seen < SEARCH_ROWS; i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            seen++;
            Header single = read(rows, i, 1, title.toString());
            Header pair = i + 1 < rows.size() ? read(rows, i, 2, title.toString()) : null;
            Header h = pair != null && pair.score() > single.score() ? pair : single;
            if (keyed(h) && (best == null || h.score() > best.score())) {
                best = h;
            }
            title.append(rows.get(i).cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("")).append(' ');
        }
        return Optional.ofNullable(best);
    }

    private static boolean keyed(Header h) {
        return h.score() >= 2 && (h.headers.containsKey(NAME) || h.headers.containsKey(ID_NUMBER)
                || h.headers.containsKey(HOUSEHOLD_KEY));
    }

    private Header read(List<Sheet.Row> rows, int first, int count, String title) {
        Sheet.Row top = rows.get(first);
        Sheet.Row bottom = count == 2 ? rows.get(first + 1) : null;
        int width = Math.max(top.cells().size(), bottom == null ? 0 : bottom.cells().size());
        Map<Integer, RosterColumn> byIndex = new LinkedHashMap<>();
        Map<RosterColumn, String> headers = new EnumMap<>(RosterColumn.class);
        Map<Integer, String> texts = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        String carried = null;
        for (int i = 0; i < width; i++) {
            String upper = top.cell(i).strip();
            String text;
            if (bottom == null) {
                text = upper;
            } else {
                String lower = bottom.cell(i).strip();
                if (!upper.isEmpty()) {
                    carried = RosterHeaders.group(upper);
                }
                if (lower.isEmpty() || lower.equals(upper)) {
                    text = upper;
                } else if (upper.isEmpty() && carried != null) {
                    // a CSV keeps a merged group label in its first cell only: the group goes on while it makes
                    // known headers (父亲 + 联系电话), and a header it does not fit stands alone (备注)
                    String joined = RosterHeaders.join(carried, lower);
                    text = columns.apply(joined).isPresent() ? joined : lower;
                } else if (upper.isEmpty() || RosterHeaders.group(upper) == null) {
                    text = lower;
                } else {
                    text = RosterHeaders.join(RosterHeaders.group(upper), lower);
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            texts.put(i, text);
            Optional<RosterColumn> column = columns.apply(text);
            if (column.isEmpty()) {
                continue;
            }
            if (headers.containsKey(column.get())) {
                duplicates.add(text);
            } else {
                byIndex.put(i, column.get());
                headers.put(column.get(), text.replace("\uFEFF", ""));
            }
        }
        return new Header(first, count, byIndex, headers, texts, duplicates, title.strip());
    }
}
