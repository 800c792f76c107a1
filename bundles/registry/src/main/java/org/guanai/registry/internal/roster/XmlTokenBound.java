package org.guanai.registry.internal.roster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses XML in which one token is longer than {@link #MAX_TOKEN_BYTES}: a comment, a processing
 * instruction, a CDATA section, a tag with its attributes, or a run of text. The JDK's StAX parser holds each
 * such token whole in memory, so a workbook part of 200 MB that is one comment would cost the heap 400 MB. A
 * roster's tokens are short: its longest is a cell of text, at most 32,767 characters (Excel's limit).
 *
 * <p>Byte-level, which is safe for UTF-8 (the bytes of '<', '>', quotes, '-', '?' and ']' never occur inside a
 * multi-byte character), the encoding every spreadsheet writes its parts in.
 */
final class XmlTokenBound extends FilterInputStream {
    static final int MAX_TOKEN_BYTES = 1024 * 1024;

    private enum State { TEXT, TAG, COMMENT, CDATA, PROCESSING_INSTRUCTION }

    private final String part;
    private State state = State.TEXT;
    private int length;
    private byte quote;
    /** The last bytes seen (a ring): enough to recognise "<![CDATA[" and the closers. */
    private final byte[] recent = new byte[9];
    private int next;

    XmlTokenBound(InputStream in, String part) {
        super(in);
        this.part = part;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    private void see(byte b) {
        recent[next] = b;
        next = (next + 1) % recent.length;
        length++;
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    enter(State.TAG);
                    length = 1;
                }
            }
            case TAG -> tag(b);
            case COMMENT -> {
                if (endsWith("-->")) {
                    enter(State.TEXT);
                }
            }
            case CDATA -> {
                if (endsWith("]]>")) {
                    enter(State.TEXT);
                }
            }
            case PROCESSING_INSTRUCTION -> {
                if (endsWith("?>")) {
                    enter(State.TEXT);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        if (length > MAX_TOKEN_BYTES) {
            throw new RosterFileException(ImportMessages.FILE_XML_TOKEN_TOO_LONG, part,
                    state.name().toLowerCase().replace('_', ' '), MAX_TOKEN_BYTES / 1024 / 1024);
        }
    }

    private void tag(byte b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (length == 2 && b == '?') {
            enter(State.PROCESSING_INSTRUCTION);
        } else if (length == 4 && endsWith("<!--")) {
            enter(State.COMMENT);
        } else if (length == 9 && endsWith("<![CDATA[")) {
            enter(State.CDATA);
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            enter(State.TEXT);
        }
    }

    private void enter(State next) {
        state = next;
        if (next == State.TEXT) {
            length = 0;
        }
        quote = 0;
    }

    private boolean endsWith(String ascii) {
        int n = ascii.length();
        for (int i = 0; i < n; i++) {
            int at = Math.floorMod(next - n + i, recent.length);
            if (recent[at] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
