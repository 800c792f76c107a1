package org.guanai.shell.internal;

/**
 * What a console user may give as a file: a name, not a path. Chinese, letters, digits, spaces and
 * punctuation are fine ({@code 荣家湾镇-完整(2026).csv}); a separator, a name of dots, a hidden name, a
 * control character or a Windows drive is not, whatever the file system would make of it.
 */
public final class FileNames {
    public static final int MAX_LENGTH = 200;
    public static final String NOT_A_NAME = "只接受文件名，不接受路径 — a file name only, not a path: files are read from"
            + " and written to the console's files folder";

    private FileNames() {
    }

    /** Why {@code name} is not a plain file name, or null when it is one. */
    public static String problem(String name) {
        if (name == null || name.isBlank()) {
            return "需要文件名 — a file name is required";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            return "\"" + printable(name) + "\": " + NOT_A_NAME;
        }
        if (name.startsWith(".")) {
            return "\"" + printable(name) + "\": 文件名不能以点开头 — a file name must not start with a dot";
        }
        if (!name.equals(name.strip())) {
            return "\"" + printable(name) + "\": 文件名首尾不能有空格 — no spaces around a file name";
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return "文件名太长 — a file name has at most " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || (Character.isSurrogate(c) && !wellPaired(name, i))) {
                return "\"" + printable(name) + "\": 文件名含有控制字符 — a file name must not contain control characters";
            }
        }
        return null;
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
