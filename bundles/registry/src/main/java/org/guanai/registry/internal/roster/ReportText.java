package org.guanai.registry.internal.roster;

import java.util.Locale;

import org.guanai.registry.api.Message;

/**
 * A report line or job summary of the roster import in both languages, as it is kept (in memory while the job runs,
 * then in {@code import_jobs}): the Chinese and the English rendering side by side, split by {@link #SEPARATOR}, so
 * a reader gets one language ({@link #render}) however long after the import. Reports stored before this were one
 * text "中文 / English"; {@link #render} still reads them (the Chinese half, or the English one, when the line splits
 * cleanly in two; otherwise the whole text), so no stored report becomes unreadable.
 */
public final class ReportText {

    /** Between the Chinese and the English (ASCII record separator: never typed in a roster cell). */
    public static final char SEPARATOR = '\u001E';
    private static final String OLD_SEPARATOR = " / ";

    private ReportText() {
    }

    /** Both renderings of {@code message}; a text that reads the same in both languages as it is. */
    public static String both(Message message) {
        return of(message.render(Message.CHINESE), message.render(Message.ENGLISH));
    }

    /** Chinese and English, kept side by side; one text when they are the same. */
    public static String of(String chinese, String english) {
        String zh = chinese == null ? "" : chinese;
        String en = english == null ? "" : english;
        return zh.equals(en) ? zh : clean(zh) + SEPARATOR + clean(en);
    }

    /** {@code both} with {@code suffix} (the same in both languages) after each rendering. */
    public static String append(String both, String suffix) {
        return of(render(both, Message.CHINESE) + suffix, render(both, Message.ENGLISH) + suffix);
    }

    /**
     * The text in {@code language} (Chinese unless English is asked for): one half of a text kept by {@link #of},
     * or of an old "中文 / English" one; any other text as it is; null for null.
     */
    public static String render(String stored, Locale language) {
        if (stored == null) {
            return null;
        }
        boolean english = Message.ENGLISH.equals(Message.supported(language));
        int at = stored.indexOf(SEPARATOR);
        if (at >= 0) {
            return english ? stored.substring(at + 1) : stored.substring(0, at);
        }
        int old = stored.indexOf(OLD_SEPARATOR);
        if (old > 0 && old == stored.lastIndexOf(OLD_SEPARATOR) && hasHan(stored.substring(0, old))
                && !hasHan(stored.substring(old + OLD_SEPARATOR.length()))) {
            return english ? stored.substring(old + OLD_SEPARATOR.length()) : stored.substring(0, old);
        }
        return stored;
    }

    /** An argument of a sentence rendered in {@code language}: a text kept by {@link #of} gives its half. */
    static Object argument(Object arg, Locale language) {
        return arg instanceof String && ((String) arg).indexOf(SEPARATOR) >= 0 ? render((String) arg, language) : arg;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(SEPARATOR, ' ');
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
