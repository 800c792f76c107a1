package org.guanai.shell.api;

import org.guanai.registry.api.Message;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * A {@link ShellTable} that stays aligned when cells hold Chinese text.
 * <p>
 * ShellTable sizes and pads columns by {@code String.length()}, but a terminal shows a Chinese
 * character two cells wide, so every name would shift the columns after it. A column holding
 * such text gets a {@link Col} that measures in terminal cells instead, through Col's protected
 * hooks: {@code cut} pads each cell (header included) to the column's display width, and
 * {@code updateSize} leaves ShellTable's own length-based size at 0, so it adds no padding of
 * its own. Columns of plain ASCII text are ShellTable's as they are.
 */
public final class Table {
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a left-aligned column. */
    public Table column(String header) {
        headers.add(header);
        rightAligned.add(false);
        return this;
    }

    /** Adds a right-aligned column (numbers). */
    public Table number(String header) {
        headers.add(header);
        rightAligned.add(true);
        return this;
    }

    /** Adds a row; null cells print empty. */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : text(cells[i]).replace('\n', ' ');
        }
        rows.add(row);
        return this;
    }

    /** A registry value (留守儿童, 良好, 在册 …) by its label in the console's language; anything else as its text. */
    private static String text(Object cell) {
        return cell instanceof Enum ? Message.label((Enum<?>) cell).render(Console.language()) : cell.toString();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintStream out) {
        ShellTable table = new ShellTable();
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            boolean wide = width(header) != header.length();
            int width = width(header);
            for (String[] row : rows) {
                wide |= width(row[c]) != row[c].length();
                width = Math.max(width, width(row[c]));
            }
            Col col = wide ? new WideCol(header, width, rightAligned.get(c)) : new Col(header);
            if (rightAligned.get(c)) {
                col.alignRight();
            }
            table.column(col);
        }
        for (String[] row : rows) {
            table.addRow().addContent((Object[]) row);
        }
        table.print(out);
    }

    /** A column padded by terminal cells rather than by chars. */
    private static final class WideCol extends Col {
        private final int width;
        private final boolean right;

        WideCol(String header, int width, boolean right) {
            super(header);
            this.width = width;
            this.right = right;
        }

        @Override
        protected String cut(String content, int size) {
            String pad = " ".repeat(Math.max(0, width - width(content)));
            return right ? pad + content : content + pad;
        }

        @Override
        protected void updateSize(int cellSize) {
            // The size stays 0: cut has padded every cell to the display width already.
        }

        @Override
        public int getSize() {
            return width; // the header underline
        }
    }

    /** Terminal cells the text takes: two for East Asian wide and fullwidth characters. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)     // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation (、。)
                || (cp >= 0x3040 && cp <= 0xA4CF) // kana, CJK ideographs, Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms (，：)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extension B and later
    }
}
