package org.guanai.registry.internal.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.FieldChangeDTO;
import org.guanai.registry.api.roster.SpreadsheetCells;

/**
 * The trail as CSV (RFC 4180): a header row, then a row per entry; a field with a comma, quote, CR or LF is
 * quoted, its quotes doubled. The changes are one cell, {@code field: before -> after} joined by "; ".
 * Cells go through {@link SpreadsheetCells#csvField}: one starting with = + - @, a tab or CR gets a leading
 * apostrophe, so a spreadsheet never runs it as a formula.
 */
final class AuditCsv {

    static final String HEADER = "id,at_utc,user,roles,origin,operation,record_type,record_id,outcome,detail,changes";

    private AuditCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    static void row(Writer out, AuditEntryDTO e) throws IOException {
        String[] cells = {
                String.valueOf(e.id),
                e.at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(e.at),
                e.user,
                String.join(" ", e.roles),
                e.origin,
                e.operation,
                e.recordType,
                e.recordId,
                e.outcome == null ? "" : e.outcome.name(),
                e.detail,
                e.changes.stream().map(AuditCsv::change).collect(Collectors.joining("; "))
        };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    private static String change(FieldChangeDTO c) {
        return c.field + ": " + (c.before == null ? "" : c.before) + " -> " + (c.after == null ? "" : c.after);
    }

    static String cell(String value) {
        return SpreadsheetCells.csvField(value);
    }
}
