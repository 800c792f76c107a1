package org.guanai.registry.internal.audit;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.audit.FieldChangeDTO;

/**
 * A row's changed fields as one text column: a line per field, {@code field TAB before TAB after}, with
 * backslash, tab, CR and LF escaped ({@code \\ \t \r \n}) and null written as {@code \0}. Plain text, so the
 * same on Derby and PostgreSQL and readable in a database tool.
 */
public final class ChangeCodec {

    private ChangeCodec() {
    }

    static String encode(List<FieldChangeDTO> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (FieldChangeDTO c : changes) {
            if (out.length() > 0) {
                out.append('\n');
            }
            escape(out, c.field);
            out.append('\t');
            escape(out, c.before);
            out.append('\t');
            escape(out, c.after);
        }
        return out.toString();
    }

    static List<FieldChangeDTO> decode(String text) {
        List<FieldChangeDTO> changes = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String line : text.split("\n", -1)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 3) {
                throw new IllegalStateException("not an audit change: " + line);
            }
            changes.add(new FieldChangeDTO(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
        }
        return changes;
    }

    /** One field, escaped as this codec writes them (the import report's rows use it too). */
    public static void escape(StringBuilder out, String s) {
        if (s == null) {
            out.append("\\0");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** One field as {@link #escape} wrote it. */
    public static String unescape(String s) {
        if (s.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
