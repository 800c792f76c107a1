package org.guanai.registry.internal.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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

    /** At most this many data rows, unless told otherwise; see {@link #read(Path, int)}. */
    public static final int MAX_ROWS = 300_000;

    private final int maxRows;
    private final boolean headersOnly;
    private int rows;

    private RosterReader(int maxRows, boolean headersOnly) {
        this.maxRows = maxRows;
        this.headersOnly = headersOnly;
    }

    /** Reads a file's bytes: XLSX if they are a zip, else CSV. */
    public static RosterReader read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RosterFileException("the file is empty");
        }
        List<Sheet> sheets = Xlsx.looksLikeZip(bytes) ? Xlsx.read(bytes) : List.of(Csv.read(bytes));
        return of(sheets);
    }

    public static RosterReader of(List<Sheet> sheets) {
        RosterReader reader = new RosterReader(MAX_ROWS, false);
        for (Sheet sheet : sheets) {
            Sheet.RowSink sink = reader.sheet(sheet.name());
            for (Sheet.Row row : sheet.rows()) {
                if (!sink.row(row)) {
                    break;
                }
            }
        }
        return reader.checked();
    }

    /**
     * Reads a roster file from disk row by row (XLSX if it is a zip, else CSV), keeping only the roster's
     * columns of each row: memory grows with the rows of a roster, not with the size of the file.
     *
     * @param maxRows the most data rows taken; a file with more is refused
     * @throws RosterFileException when it is no roster, or a larger one than allowed
     */
    public static RosterReader read(Path file, int maxRows) throws IOException {
        RosterReader reader = new RosterReader(maxRows, false);
        reader.readFile(file);
        return reader.checked();
    }

    /**
     * Checks quickly that a file is a roster at all: not empty, CSV or a readable workbook, a sheet whose first
     * row names roster columns. Reads each sheet's first row only.
     *
     * @throws RosterFileException when it is not
     */
    public static void check(Path file) throws IOException {
        RosterReader reader = new RosterReader(0, true);
        reader.readFile(file);
        reader.checked();
    }

    private void readFile(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new RosterFileException("the file is empty");
        }
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(start, 0, start.length);
        }
        if (Xlsx.looksLikeZip(start)) {
            Xlsx.read(file, this::sheet);
        } else {
            Csv.read(file, sheet(null));
        }
    }

    private RosterReader checked() {
        if (columns.isEmpty()) {
            throw new RosterFileException("no sheet has a header row with roster columns (e.g. 户编号, 姓名, 身份证号码)");
        }
        return this;
    }

    /** Where the rows of sheet {@code name} go: the first non-blank one is its header, the rest its lines. */
    private Sheet.RowSink sheet(String name) {
        return new SheetLines(name);
    }

    private final class SheetLines implements Sheet.RowSink {
        private final String name;
        private final Map<Integer, RosterColumn> byIndex = new HashMap<>();
        private Map<RosterColumn, String> headers;

        SheetLines(String name) {
            this.name = name;
        }

        @Override
        public boolean row(Sheet.Row row) {
            if (row.isBlank()) {
                return true;
            }
            if (headers == null) {
                headers = new EnumMap<>(RosterColumn.class);
                return header(name, row, byIndex, headers) && !headersOnly;
            }
            if (++rows > maxRows) {
                throw new RosterFileException("more than " + maxRows + " rows (line " + row.line() + "): larger than"
                        + " the largest roster allowed (import.max.rows in etc/org.guanai.registry.cfg); split the file");
            }
            RosterLine line = new RosterLine(name, row.line(), headers);
            for (Map.Entry<Integer, RosterColumn> e : byIndex.entrySet()) {
                line.put(e.getValue(), RosterValues.text(row.cell(e.getKey())));
            }
            lines.add(line);
            return true;
        }
    }

    /** Reads a sheet's header row; false when it names no roster column (the sheet is skipped). */
    private boolean header(String sheetName, Sheet.Row header, Map<Integer, RosterColumn> byIndex,
                           Map<RosterColumn, String> headers) {
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
                problems.add(new ImportProblemDTO(sheetName, header.line(), h, Severity.WARNING,
                        "the column appears twice; only the first is read", "each column once"));
            } else {
                byIndex.put(i, column.get());
                headers.put(column.get(), h.replace("\uFEFF", ""));
            }
        }
        if (headers.isEmpty()) {
            if (sheetName != null) {
                problems.add(new ImportProblemDTO(sheetName, header.line(), null, Severity.WARNING,
                        "sheet skipped: its first row names no roster column", "a header row such as 户编号,姓名,身份证号码"));
            }
            return false;
        }
        for (String h : unknown) {
            problems.add(new ImportProblemDTO(sheetName, header.line(), h, Severity.WARNING,
                    "unknown column, ignored", "one of the roster columns (see the template)"));
        }
        columns.addAll(headers.keySet());
        return true;
    }
}
