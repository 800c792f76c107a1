package org.guanai.registry.internal.roster;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Excel's own limit: a longer cell cannot come from a spreadsheet. */
    static final int MAX_CELL_CHARS = 32_767;
    /** A roster line is a few hundred characters; this is far beyond any, and bounds one row in memory. */
    static final int MAX_ROW_CHARS = 1_000_000;

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
        try {
            parse(new StringReader(text), row -> rows.add(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new Sheet(null, rows);
    }

    /**
     * Reads a CSV file row by row, never whole: one pass decides the encoding (UTF-8 if the bytes are
     * valid UTF-8, else GBK), the second hands each row to {@code rows}.
     */
    public static void read(Path file, Sheet.RowSink rows) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        try (Reader in = new InputStreamReader(Files.newInputStream(file), charset)) {
            parse(new SkipByteOrderMark(in), rows);
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), strict)) {
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Splits CSV text into rows as it reads, handing each to {@code sink} until it says stop. A cell longer
     * than Excel allows, or a row longer than {@link #MAX_ROW_CHARS}, is no roster: refused before it fills
     * the memory.
     */
    static void parse(Reader text, Sheet.RowSink sink) throws IOException {
        Chars in = new Chars(text);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        long rowChars = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int c = in.next(); c >= 0; c = in.next()) {
            if (++rowChars > MAX_ROW_CHARS) {
                throw new RosterFileException(ImportMessages.FILE_LINE_TOO_LONG, rowLine, MAX_ROW_CHARS);
            }
            if (quoted) {
                if (c == '"') {
                    if (in.peek() == '"') {
                        cell.append('"');
                        in.next();
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (c != '\r' || in.peek() != '\n') {
                        append(cell, (char) c, rowLine);
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
                if (c == '\r' && in.peek() == '\n') {
                    in.next();
                }
                cells.add(cell.toString());
                if (!sink.row(new Sheet.Row(rowLine, List.copyOf(cells)))) {
                    return;
                }
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
                rowChars = 0;
            } else {
                append(cell, (char) c, rowLine);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            if (!sink.row(new Sheet.Row(rowLine, List.copyOf(cells)))) {
                return;
            }
        }
        sink.end();
    }

    private static void append(StringBuilder cell, char c, int line) {
        if (cell.length() >= MAX_CELL_CHARS) {
            throw new RosterFileException(ImportMessages.FILE_LINE_CELL_TOO_LONG, line, MAX_CELL_CHARS);
        }
        cell.append(c);
    }

    /** Buffered characters with one of lookahead. */
    private static final class Chars {
        private final Reader in;
        private final char[] buffer = new char[8192];
        private int position;
        private int length;

        Chars(Reader in) {
            this.in = in;
        }

        int next() throws IOException {
            int c = peek();
            if (c >= 0) {
                position++;
            }
            return c;
        }

        int peek() throws IOException {
            if (position == length) {
                length = in.read(buffer);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position];
        }
    }

    /** Drops a byte-order mark at the start: spreadsheets save UTF-8 with one. */
    private static final class SkipByteOrderMark extends FilterReader {
        private boolean first = true;

        SkipByteOrderMark(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (first && n > 0) {
                first = false;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    return n == 1 ? read(buffer, offset, length) : n - 1;
                }
            }
            return n;
        }
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
