package org.guanai.registry.internal.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * Turns the sheets of a roster file into {@link RosterLine}s: finds each sheet's header row (its first
 * non-blank row), maps Chinese or English headers to {@link RosterColumn}s, reports unknown columns once.
 *
 * <p>Every sheet whose header names at least one roster column is read, in workbook order, whatever its
 * name: one sheet with everything, or separate sheets (户/households: household and migrant columns;
 * 人员/persons: person columns with 户编号; 监护/guardians: the child's 身份证号码 with the guardian
 * columns). Rows of all sheets are merged by 户编号 and 身份证号码. A CSV file is one sheet.
 */
public final class RosterReader {

    public final List<RosterLine> lines = new ArrayList<>();
    public final List<ImportProblemDTO> problems = new ArrayList<>();
    /** The columns some sheet of the file has: a column no sheet has leaves stored values alone. */
    public final Set<RosterColumn> columns = EnumSet.noneOf(RosterColumn.class);

    /** Reads a file's bytes: XLSX if they are a zip, else CSV. */
    public static RosterReader read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RosterFileException("the file is empty");
        }
        List<Sheet> sheets = Xlsx.looksLikeZip(bytes) ? Xlsx.read(bytes) : List.of(Csv.read(bytes));
        return of(sheets);
    }

    public static RosterReader of(List<Sheet> sheets) {
        RosterReader reader = new RosterReader();
        for (Sheet sheet : sheets) {
            reader.add(sheet);
        }
        if (reader.columns.isEmpty()) {
            throw new RosterFileException("no sheet has a header row with roster columns (e.g. 户编号, 姓名, 身份证号码)");
        }
        return reader;
    }

    private void add(Sheet sheet) {
        int headerIndex = 0;
        List<Sheet.Row> rows = sheet.rows();
        while (headerIndex < rows.size() && rows.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == rows.size()) {
            return;
        }
        Sheet.Row header = rows.get(headerIndex);
        Map<Integer, RosterColumn> byIndex = new java.util.HashMap<>();
        Map<RosterColumn, String> headers = new EnumMap<>(RosterColumn.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            Optional<RosterColumn> column = RosterColumn.ofHeader(h);
            if (column.isEmpty()) {
                unknown.add(h);
            } else if (headers.containsKey(column.get())) {
                problems.add(new ImportProblemDTO(sheet.name(), header.line(), h, Severity.WARNING,
                        "the column appears twice; only the first is read", "each column once"));
            } else {
                byIndex.put(i, column.get());
                headers.put(column.get(), h.replace("\uFEFF", ""));
            }
        }
        if (headers.isEmpty()) {
            if (sheet.name() != null) {
                problems.add(new ImportProblemDTO(sheet.name(), header.line(), null, Severity.WARNING,
                        "sheet skipped: its first row names no roster column", "a header row such as 户编号,姓名,身份证号码"));
            }
            return;
        }
        for (String h : unknown) {
            problems.add(new ImportProblemDTO(sheet.name(), header.line(), h, Severity.WARNING,
                    "unknown column, ignored", "one of the roster columns (see the template)"));
        }
        columns.addAll(headers.keySet());
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            Sheet.Row row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            RosterLine line = new RosterLine(sheet.name(), row.line(), headers);
            for (Map.Entry<Integer, RosterColumn> e : byIndex.entrySet()) {
                line.put(e.getValue(), RosterValues.text(row.cell(e.getKey())));
            }
            lines.add(line);
        }
    }
}
