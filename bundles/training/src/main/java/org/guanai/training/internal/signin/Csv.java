package org.guanai.training.internal.signin;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.ValidationException;
import org.guanai.training.internal.service.Text;

/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes), as Excel and WPS save it; ',' or ';' or tab. */
final class Csv {

    private Csv() {
    }

    static List<SheetRow> rows(String text) {
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(cell, c, rowLine);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                cells.add(SheetReader.cell(cell.toString(), rowLine));
                cell.setLength(0);
                SheetReader.checkShape(rows.size(), cells.size(), rowLine);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(SheetReader.cell(cell.toString(), rowLine));
                cell.setLength(0);
                rows.add(new SheetRow(rowLine, cells));
                SheetReader.checkShape(rows.size(), cells.size(), rowLine);
                cells = new ArrayList<>();
                rowLine = ++line;
            } else {
                append(cell, c, rowLine);
            }
        }
        if (quoted) {
            throw ValidationException.of("line " + rowLine, Text.text("signIn.unclosedQuote", rowLine));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(SheetReader.cell(cell.toString(), rowLine));
            rows.add(new SheetRow(rowLine, cells));
        }
        return rows;
    }

    private static void append(StringBuilder cell, char c, int line) {
        if (cell.length() >= SheetReader.MAX_CELL_CHARS) {
            SheetReader.cell(cell.toString() + c, line);
        }
        cell.append(c);
    }

    /** The separator of the first line: the one of ',' ';' and tab it has most of. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }
}
