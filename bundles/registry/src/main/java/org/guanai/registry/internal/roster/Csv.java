package org.guanai.registry.internal.roster;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.roster.SpreadsheetCells;

/**
 * Roster CSV, read and written (RFC 4180: comma separated, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled).
 *
 * <p>Why not Apache Commons CSV: it resolves as a bundle, but brings commons-codec into the feature for
 * what is ~100 lines here, and the report needs the physical line each record starts on (a quoted field
 * may span lines), which this reader counts itself.
 *
 * <p>Encoding: UTF-8 with or without a byte-order mark; bytes that are not valid UTF-8 are read as GBK
 * (GB 18030, its superset), which is what Excel in China saves "CSV" as.
 */
public final class Csv {

    static final Charset GB18030 = Charset.forName("GB18030");

    private Csv() {
    }

    /** Decodes the bytes (UTF-8, BOM or not; else GBK) and splits them into rows. */
    public static Sheet read(byte[] bytes) {
        return parse(decode(bytes));
    }

    /** The text of a CSV file: UTF-8 if the bytes are valid UTF-8 (a BOM dropped), else GBK. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /** Splits CSV text into rows; blank lines are kept as blank rows (the caller skips them). */
    static Sheet parse(String text) {
        List<Sheet.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (c != '\r' || i + 1 >= n || text.charAt(i + 1) != '\n') {
                        cell.append(c);
                    }
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new Sheet.Row(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            rows.add(new Sheet.Row(rowLine, List.copyOf(cells)));
        }
        return new Sheet(null, rows);
    }

    /**
     * Writes one record with a CRLF (what Excel writes): each cell through {@link SpreadsheetCells#csvField},
     * so no cell can start a formula.
     */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(SpreadsheetCells.csvField(cells.get(i)));
        }
        out.write("\r\n");
    }
}
