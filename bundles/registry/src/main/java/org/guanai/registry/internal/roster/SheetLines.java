package org.guanai.registry.internal.roster;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * The rows of one sheet as they are read: the first ones are held until the header is found among them
 * ({@link HeaderLocator}: below titles and filing lines, in one row or two), every later one becomes a
 * {@link RosterLine} of the reader or is accounted for as another line, and is not kept.
 */
final class SheetLines implements Sheet.RowSink {

    /** Blank rows held at most while the header is looked for; a sheet with more before its header has none. */
    static final int MAX_HEAD_ROWS = 1_000;

    private final RosterReader reader;
    private final String name;
    private final List<Sheet.Row> head = new ArrayList<>();
    private int nonBlank;
    private HeaderLocator.Header header;
    /** No header: the sheet's lines are counted, none read. */
    private boolean skipped;
    private boolean afterTotal;

    SheetLines(RosterReader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    @Override
    public boolean row(Sheet.Row row) {
        if (header == null && !skipped) {
            head.add(row);
            if (!row.isBlank()) {
                nonBlank++;
            }
            // the header may be the last of the first SEARCH_ROWS rows, joined with the row below it
            if (nonBlank <= HeaderLocator.SEARCH_ROWS && head.size() < MAX_HEAD_ROWS) {
                return true;
            }
            return locate();
        }
        if (skipped) {
            reader.linesOther++;
            return true;
        }
        data(row);
        return true;
    }

    @Override
    public void end() {
        if (header == null && !skipped) {
            locate();
        }
    }

    /** Finds the header among the rows held; false when the rest of the sheet is not needed. */
    private boolean locate() {
        Optional<HeaderLocator.Header> found = new HeaderLocator(reader.columnOf).locate(head);
        if (found.isEmpty()) {
            skipped = true;
            reader.linesOther += head.size();
            if (!head.isEmpty()) {
                reader.problems.add(new ImportProblemDTO(name, head.get(0).line(), null, Severity.NOTE,
                        ImportMessages.SHEET_SKIPPED.text(), ImportMessages.SHEET_SKIPPED_EXPECTED.text()));
            }
            head.clear();
            return !reader.headersOnly;
        }
        header = found.get();
        headers(head.get(header.firstRow()).line());
        int dataStart = header.firstRow() + header.rowCount();
        reader.linesOther += dataStart; // titles, filing lines and the header
        List<Sheet.Row> rest = new ArrayList<>(head.subList(dataStart, head.size()));
        head.clear();
        if (reader.headersOnly) {
            return false;
        }
        rest.forEach(this::data);
        return true;
    }

    private void headers(int headerLine) {
        for (String d : header.duplicates()) {
            reader.problems.add(new ImportProblemDTO(name, headerLine, d, Severity.WARNING,
                    ImportMessages.COLUMN_TWICE.text(), ImportMessages.COLUMN_TWICE_EXPECTED.text()));
        }
        String where = name == null ? "" : name + ": ";
        for (Map.Entry<Integer, String> t : header.texts().entrySet()) {
            RosterColumn c = header.byIndex().get(t.getKey());
            reader.headerColumns.putIfAbsent(RosterHeaders.tidy(t.getValue()), c);
            if (c == null && reader.overrides.containsKey(RosterHeaders.tidy(t.getValue()))) {
                reader.mapping.add(MappingText.ignored(where, t.getValue()));
            } else if (c == null) {
                reader.problems.add(new ImportProblemDTO(name, headerLine, t.getValue(), Severity.WARNING,
                        ImportMessages.UNKNOWN_COLUMN.text(), ImportMessages.UNKNOWN_COLUMN_EXPECTED.text()));
                reader.mapping.add(MappingText.unknown(where, t.getValue()));
            } else {
                reader.mapping.add(MappingText.column(where, t.getValue(), c));
            }
        }
        reader.columns.addAll(header.headers().keySet());
        if (!reader.layoutSeen) {
            reader.layout = RosterLayout.recognise(header.title(), header.headers().keySet());
            reader.layoutSeen = true;
        }
    }

    private void data(Sheet.Row row) {
        if (row.isBlank()) {
            reader.linesOther++;
            return;
        }
        if (++reader.rows > reader.maxRows) {
            throw new RosterFileException(ImportMessages.FILE_TOO_MANY_ROWS, reader.maxRows, row.line());
        }
        RosterLine line = new RosterLine(name, row.line(), header.headers());
        boolean any = false;
        for (Map.Entry<Integer, RosterColumn> e : header.byIndex().entrySet()) {
            String v = RosterValues.text(row.cell(e.getKey()));
            line.put(e.getValue(), v);
            any |= !v.isEmpty() && e.getValue() != SERIAL;
        }
        if (RosterReader.isTotal(row) || afterTotal && !line.has(ID_NUMBER) && !line.has(NAME)) {
            afterTotal = true;
            reader.linesOther++;
            reader.problems.add(new ImportProblemDTO(name, row.line(), null, Severity.NOTE,
                    ImportMessages.TOTAL_ROW.text(), null));
        } else if (!any) {
            reader.linesOther++;
            reader.problems.add(new ImportProblemDTO(name, row.line(), null, Severity.NOTE,
                    ImportMessages.NO_ROSTER_VALUE.text(), null));
        } else {
            reader.lines.add(line);
        }
    }
}
