package org.guanai.registry.internal.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * Turns the sheets of a roster file into {@link RosterLine}s: finds each sheet's header (below titles and
 * filing lines, in one row or two), maps its headers to {@link RosterColumn}s, recognises the layout, and
 * accounts for every line that is not a data row (titles, headers, blank lines, 合计 rows, notes sheets).
 *
 * <p>Every sheet whose header names roster columns is read, in workbook order, whatever its name: one sheet
 * with everything, or separate sheets (户 / 人员 / 监护) joined by 户编号 and 身份证号码. A CSV file is one sheet.
 *
 * <p>A file on disk is read row by row ({@link #read(Path, int, Map)}), keeping only the roster's columns of each
 * row and, until a sheet's header is found, its first rows: memory grows with the rows of a roster, not with
 * the size of the file.
 */
public final class RosterReader {

    /** At most this many data rows, unless told otherwise; see {@link #read(Path, int, Map)}. */
    public static final int MAX_ROWS = 300_000;

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

    final Function<String, Optional<RosterColumn>> columnOf;
    final Map<String, RosterColumn> overrides;
    final int maxRows;
    /** Only each sheet's header is read (a check). */
    final boolean headersOnly;
    boolean layoutSeen;
    /** Data rows read so far, against {@link #maxRows}. */
    int rows;
    private SheetLines current;

    private RosterReader(Map<String, RosterColumn> overrides, int maxRows, boolean headersOnly) {
        this.overrides = overrides;
        this.maxRows = maxRows;
        this.headersOnly = headersOnly;
        this.columnOf = header -> {
            String tidy = RosterHeaders.tidy(header);
            if (overrides.containsKey(tidy)) {
                return Optional.ofNullable(overrides.get(tidy));
            }
            return RosterHeaders.column(header);
        };
    }

    /** Reads a file's bytes: XLSX if they are a zip, else CSV. For tests and small files. */
    public static RosterReader read(byte[] bytes) {
        return read(bytes, Map.of());
    }

    /**
     * @param overrides tidied header ({@link RosterHeaders#tidy}) → column, or → null to ignore the column
     */
    public static RosterReader read(byte[] bytes, Map<String, RosterColumn> overrides) {
        if (bytes.length == 0) {
            throw new RosterFileException(ImportMessages.FILE_EMPTY);
        }
        List<Sheet> sheets = XlsxReader.looksLikeZip(bytes) ? XlsxReader.read(bytes) : List.of(Csv.read(bytes));
        return of(sheets, overrides);
    }

    public static RosterReader of(List<Sheet> sheets) {
        return of(sheets, Map.of());
    }

    public static RosterReader of(List<Sheet> sheets, Map<String, RosterColumn> overrides) {
        RosterReader reader = new RosterReader(overrides, MAX_ROWS, false);
        for (Sheet sheet : sheets) {
            Sheet.RowSink sink = reader.sheet(sheet.name());
            boolean whole = true;
            for (Sheet.Row row : sheet.rows()) {
                if (!sink.row(row)) {
                    whole = false;
                    break;
                }
            }
            if (whole) {
                sink.end();
            }
        }
        return reader.checked();
    }

    /** As {@link #read(Path, int, Map)}, the headers as they are. */
    public static RosterReader read(Path file, int maxRows) throws IOException {
        return read(file, maxRows, Map.of());
    }

    /**
     * Reads a roster file from disk row by row (XLSX if it is a zip, else CSV; merged cells filled).
     *
     * @param maxRows   the most data rows taken; a file with more is refused
     * @param overrides as {@link #read(byte[], Map)}
     * @throws RosterFileException when it is no roster, or a larger one than allowed
     */
    public static RosterReader read(Path file, int maxRows, Map<String, RosterColumn> overrides) throws IOException {
        RosterReader reader = new RosterReader(overrides, maxRows, false);
        reader.readFile(file);
        return reader.checked();
    }

    /** As {@link #check(Path, Map)}, the headers as they are. */
    public static RosterReader check(Path file) throws IOException {
        return check(file, Map.of());
    }

    /**
     * Checks quickly that a file is a roster at all: not empty, CSV or a readable workbook, a sheet whose first
     * rows hold a header with roster columns. Reads each sheet's first rows only (merged cells not filled: the
     * header is found as in a CSV file), so the answer comes at once however large the file.
     *
     * @return the headers found: {@link #mapping}, {@link #headerColumns}, {@link #layout}; no lines
     * @throws RosterFileException when it is not
     */
    public static RosterReader check(Path file, Map<String, RosterColumn> overrides) throws IOException {
        RosterReader reader = new RosterReader(overrides, 0, true);
        reader.readFile(file);
        return reader.checked();
    }

    private void readFile(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new RosterFileException(ImportMessages.FILE_EMPTY);
        }
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(start, 0, start.length);
        }
        if (XlsxReader.looksLikeZip(start)) {
            XlsxReader.read(file, this::sheet, !headersOnly);
        } else {
            Csv.read(file, sheet(null));
        }
        if (current != null) {
            current.end(); // a sheet whose file ended before its header was looked for
        }
    }

    private RosterReader checked() {
        if (columns.isEmpty()) {
            throw new RosterFileException(ImportMessages.FILE_NO_HEADER);
        }
        return this;
    }

    /** Where the rows of sheet {@code name} go: its header is looked for among the first, the rest are its lines. */
    private Sheet.RowSink sheet(String name) {
        if (current != null) {
            current.end(); // the sheet before, if its reader stopped it early
        }
        current = new SheetLines(this, name);
        return current;
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
