package org.guanai.registry.console.support;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The "label  value" lines of a show command; empty values are left out. */
public final class Details {
    private final List<String[]> lines = new ArrayList<>();

    public Details add(String label, Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty()) {
            lines.add(new String[] {label, text});
        }
        return this;
    }

    public void print(PrintStream out) {
        int width = 0;
        for (String[] line : lines) {
            width = Math.max(width, line[0].length());
        }
        for (String[] line : lines) {
            out.println("  " + line[0] + " ".repeat(width - line[0].length()) + "  " + line[1]);
        }
    }
}
