package org.guanai.registry.console.support;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.Message;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

/**
 * The "label  value" lines of a show command; empty values are left out. Labels are the callers' (from
 * {@link Labels#field}); a registry value (在册, 良好 …) prints by its label in the console's language, as in tables.
 * Labels are padded by their width on a terminal, where a Chinese character takes two cells.
 */
public final class Details {
    private final List<String[]> lines = new ArrayList<>();

    public Details add(String label, Object value) {
        String text = value == null ? ""
                : value instanceof Enum ? Message.label((Enum<?>) value).render(Console.language()) : value.toString();
        if (!text.isEmpty()) {
            lines.add(new String[] {label, text});
        }
        return this;
    }

    public void print(PrintStream out) {
        int width = 0;
        for (String[] line : lines) {
            width = Math.max(width, Table.width(line[0]));
        }
        for (String[] line : lines) {
            out.println("  " + line[0] + " ".repeat(width - Table.width(line[0])) + "  " + line[1]);
        }
    }
}
