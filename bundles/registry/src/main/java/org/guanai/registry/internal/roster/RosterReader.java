package org.guanai.registry.internal.roster;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * Turns the sheets of a roster file into {@link RosterLine}s: finds each sheet's header (below titles and
 * filing lines, in one row or two), maps its headers to {@link RosterColumn}s, recognises the layout, and
 * accounts for every line that is not a data row (titles, headers, blank lines, 合计 rows, notes sheets).
 *
 * <p>Every sheet whose header names roster columns is read, in workbook order, whatever its name: one sheet
 * with everything, or separate sheets (户 / 人员 / 监护) joined by 户编号 and 身份证号码. A CSV file is one sheet.
 */
public final class RosterReader {

    public final List<RosterLine> lines = new ArrayList<>();
    public final List<ImportProblemDTO> problems = new ArrayList<>();
    /** The columns some sheet of the file has: a column no sheet has leaves stored values alone. */
    public final Set<RosterColumn> columns = EnumSet.noneOf(RosterColumn.class);
    /** How each sheet's headers were read, for the job: {@code 身份证号 → 身份证号码 id_number}. */
    public final List<String> mapping = new ArrayList<>();
    /** Each header as read (tidied) and the column it was read as (null: none), for saving the layout. */
    public final Map<String, RosterColumn> headerColumns = new java.util.LinkedHashMap<>();
    /** Lines that are no data row. */
    public int linesOther;
    /** The layout of the (first) roster sheet. */
    public RosterLayout layout = RosterLayout.TEMPLATE;

    private final Function<String, Optional<RosterColumn>> columnOf;
    private final Map<String, RosterColumn> overrides;
    private boolean layoutSeen;

    private RosterReader(Map<String, RosterColumn> overrides) {
        this.overrides = overrides;
        this.columnOf = header -> {
            String tidy = RosterHeaders.tidy(header);
            if (overrides.containsKey(tidy)) {
                return Optional.ofNullable(overrides.get(tidy));
            }
            return RosterHeaders.column(header);
        };
    }

    /** Reads a file's bytes: XLSX if they are a zip, else CSV. */
    public static RosterReader read(byte[] bytes) {
        return read(bytes, Map.of());
    }

    /**
     * @param overrides tidied header ({@link RosterHeaders#tidy}) → column, or → null to ignore the column
     */
    public static RosterReader read(byte[] bytes, Map<String, RosterColumn> overrides) {
        if (bytes.length == 0) {
            throw new RosterFileException("文件为空 the file is empty");
        }
        List<Sheet> sheets = XlsxReader.looksLikeZip(bytes) ? XlsxReader.read(bytes) : List.of(Csv.read(bytes));
        return of(sheets, overrides);
    }

    public static RosterReader of(List<Sheet> sheets) {
        return of(sheets, Map.of());
    }

    public static RosterReader of(List<Sheet> sheets, Map<String, RosterColumn> overrides) {
        RosterReader reader = new RosterReader(overrides);
        for (Sheet sheet : sheets) {
            reader.add(sheet);
        }
        if (reader.columns.isEmpty()) {
            throw new RosterFileException("没有找到花名册表头 no sheet has a header row with roster columns (e.g. 姓名, "
                    + "身份证号码, 户编号)");
        }
        return reader;
    }

    private void add(Sheet sheet) {
        List<Sheet.Row> rows = sheet.rows();
        Optional<HeaderLocator.Header> found = new HeaderLocator(columnOf).locate(rows);
        if (found.isEmpty()) {
            linesOther += rows.size();
            if (!rows.isEmpty()) {
                problems.add(new ImportProblemDTO(sheet.name(), rows.get(0).line(), null, Severity.NOTE,
                        ImportMessages.SHEET_SKIPPED.text(), ImportMessages.SHEET_SKIPPED_EXPECTED.text()));
            }
            return;
        }
        HeaderLocator.Header header = found.get();
        int headerLine = rows.get(header.firstRow()).line();
        for (String d : header.duplicates()) {
            problems.add(new ImportProblemDTO(sheet.name(), headerLine, d, Severity.WARNING,
                    ImportMessages.COLUMN_TWICE.text(), ImportMessages.COLUMN_TWICE_EXPECTED.text()));
        }
        String where = sheet.name() == null ? "" : sheet.name() + ": ";
        for (Map.Entry<Integer, String> t : header.texts().entrySet()) {
            RosterColumn c = header.byIndex().get(t.getKey());
            headerColumns.putIfAbsent(RosterHeaders.tidy(t.getValue()), c);
            if (c == null && overrides.containsKey(RosterHeaders.tidy(t.getValue()))) {
                mapping.add(where + t.getValue() + " → (按指定忽略 ignored as asked)");
            } else if (c == null) {
                problems.add(new ImportProblemDTO(sheet.name(), headerLine, t.getValue(), Severity.WARNING,
                        ImportMessages.UNKNOWN_COLUMN.text(), ImportMessages.UNKNOWN_COLUMN_EXPECTED.text()));
                mapping.add(where + t.getValue() + " → (未识别，忽略 unknown, ignored)");
            } else {
                mapping.add(where + t.getValue() + " → " + c.chinese() + " " + c.english()
                        + (c == SERIAL ? " (只用于识别合计行 only to tell a 合计 row)" : ""));
            }
        }
        columns.addAll(header.headers().keySet());
        if (!layoutSeen) {
            layout = RosterLayout.recognise(header.title(), header.headers().keySet());
            layoutSeen = true;
        }
        int dataStart = header.firstRow() + header.rowCount();
        linesOther += dataStart; // titles, filing lines and the header
        boolean afterTotal = false;
        for (int r = dataStart; r < rows.size(); r++) {
            Sheet.Row row = rows.get(r);
            if (row.isBlank()) {
                linesOther++;
                continue;
            }
            RosterLine line = new RosterLine(sheet.name(), row.line(), header.headers());
            boolean any = false;
            for (Map.Entry<Integer, RosterColumn> e : header.byIndex().entrySet()) {
                String v = RosterValues.text(row.cell(e.getKey()));
                line.put(e.getValue(), v);
                any |= !v.isEmpty() && e.getValue() != SERIAL;
            }
            if (isTotal(row) || afterTotal && !line.has(ID_NUMBER) && !line.has(NAME)) {
                afterTotal = true;
                linesOther++;
                problems.add(new ImportProblemDTO(sheet.name(), row.line(), null, Severity.NOTE,
                        ImportMessages.TOTAL_ROW.text(), null));
            } else if (!any) {
                linesOther++;
                problems.add(new ImportProblemDTO(sheet.name(), row.line(), null, Severity.NOTE,
                        ImportMessages.NO_ROSTER_VALUE.text(), null));
            } else {
                lines.add(line);
            }
        }
    }

    /** A 合计 / 总计 / 小计 row (in any of its first cells): the sheet's totals, not a person. */
    static boolean isTotal(Sheet.Row row) {
        for (int i = 0; i < Math.min(4, row.cells().size()); i++) {
            String v = row.cell(i).replaceAll("[\\s\\u3000:：]", "");
            if (v.equals("合计") || v.equals("总计") || v.equals("小计") || v.startsWith("合计") && v.length() <= 8) {
                return true;
            }
        }
        return false;
    }
}
