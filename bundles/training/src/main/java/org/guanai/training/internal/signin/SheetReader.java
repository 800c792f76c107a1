package org.guanai.training.internal.signin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.ValidationException;
import org.guanai.training.internal.service.Text;

/**
 * A sign-in sheet's rows, from CSV (UTF-8 with or without BOM, else GBK/GB18030 as Excel in China saves it) or
 * XLSX. Bounded: at most {@code maxBytes} are read from the stream (a larger upload is refused as too large before
 * anything else happens), and {@link Csv}/{@link Xlsx} bound rows, columns, cells and unpacked parts. A sign-in
 * sheet is a class's list of a few dozen names: the limits leave room for hundreds.
 */
public final class SheetReader {

    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 64;
    static final int MAX_CELL_CHARS = 500;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {
    }

    public static List<SheetRow> read(InputStream in, long maxBytes) {
        byte[] bytes = bounded(in, maxBytes);
        if (bytes.length == 0) {
            throw ValidationException.of("file", Text.text("signIn.empty"));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Xlsx.rows(bytes);
        }
        return Csv.rows(decode(bytes));
    }

    /** The stream's bytes, or {@link LimitExceededException} as soon as it holds more than {@code maxBytes}. */
    static byte[] bounded(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new LimitExceededException(LimitExceededException.Limit.SIZE,
                            Text.text("signIn.tooLarge", maxBytes / 1024), 0);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK); neither: refused, naming the file. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
                if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                    throw new CharacterCodingException();
                }
                return text;
            } catch (CharacterCodingException neither) {
                throw ValidationException.of("file", Text.text("signIn.encoding"));
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String cell(String value, int line) {
        String v = value.strip();
        if (v.length() > MAX_CELL_CHARS) {
            throw ValidationException.of("line " + line, Text.text("signIn.cellTooLong", line, MAX_CELL_CHARS));
        }
        return v;
    }

    static void checkShape(int rows, int columns, int line) {
        if (rows > MAX_ROWS) {
            throw ValidationException.of("file", Text.text("signIn.tooManyRows", MAX_ROWS));
        }
        if (columns > MAX_COLUMNS) {
            throw ValidationException.of("line " + line, Text.text("signIn.tooManyColumns", line, MAX_COLUMNS));
        }
    }
}
