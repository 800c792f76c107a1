package org.guanai.shell.internal;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * What a console user may give as a file: a name, not a path. Chinese, letters, digits, spaces and
 * punctuation are fine ({@code 荣家湾镇-完整(2026).csv}); a separator, a name of dots, a hidden name, a
 * control character or a Windows drive is not, whatever the file system would make of it.
 */
public final class FileNames {
    public static final int MAX_LENGTH = 200;
    /** The console's sentences (the shell's bundle): the refusals here and {@code ConfinedFolder}'s. */
    public static final MessageBundle TEXT = MessageBundle.of(FileNames.class, "org.guanai.shell.text.messages");

    private FileNames() {
    }

    /** Why {@code name} is not a plain file name, in the reader's language; null when it is one. */
    public static Message problem(String name) {
        if (name == null || name.isBlank()) {
            return TEXT.message("file.required");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            return notAName(name);
        }
        if (name.startsWith(".")) {
            return TEXT.message("file.dot", printable(name));
        }
        if (!name.equals(name.strip())) {
            return TEXT.message("file.spaces", printable(name));
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return TEXT.message("file.tooLong", MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || (Character.isSurrogate(c) && !wellPaired(name, i))) {
                return TEXT.message("file.control", printable(name));
            }
        }
        return null;
    }

    /** "{@code name}": a file name only, not a path. */
    public static Message notAName(String name) {
        return TEXT.message("file.path", printable(name));
    }

    /** {@code 花名册.csv.report.csv} as its {@code i}th free variant: {@code 花名册.csv.report-2.csv}. */
    public static String numbered(String name, int i) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + i : name.substring(0, dot) + "-" + i + name.substring(dot);
    }

    private static boolean wellPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** The name as it may be echoed to a terminal: control characters shown as '?'. */
    public static String printable(String name) {
        StringBuilder b = new StringBuilder(Math.min(name.length(), MAX_LENGTH + 3));
        name.codePoints().limit(MAX_LENGTH).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return name.codePointCount(0, name.length()) > MAX_LENGTH ? b + "…" : b.toString();
    }
}
