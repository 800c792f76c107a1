package org.guanai.rest.internal;

/**
 * Client-supplied text (user names, paths) made safe for a log line: control characters and
 * line separators become '?', so a crafted user name cannot forge log entries, and long values
 * are cut short.
 */
public final class LogText {
    static final int MAX = 120;

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "-";
        }
        int end = Math.min(text.length(), MAX);
        StringBuilder sb = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        if (text.length() > MAX) {
            sb.append('…');
        }
        return sb.toString();
    }
}
