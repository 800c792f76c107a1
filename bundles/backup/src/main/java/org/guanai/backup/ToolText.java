package org.guanai.backup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the command-line tools ({@code bin/guanai-restore}, {@code bin/guanai-to-postgres}) print, from
 * {@code org/guanai/backup/messages.properties} (Chinese, the default) and {@code messages_en.properties} (English),
 * UTF-8. Plain Java without OSGi or the registry's API: the language is {@code GUANAI_LANG} of the environment
 * ({@code en}; Chinese otherwise), as the console's session variable of that name.
 */
public final class ToolText {
    public static final String BASE_NAME = "org.guanai.backup.messages";
    /** The environment variable that chooses the language. */
    public static final String LANGUAGE_VARIABLE = "GUANAI_LANG";
    public static final ToolText CHINESE = new ToolText(Locale.SIMPLIFIED_CHINESE);
    public static final ToolText ENGLISH = new ToolText(Locale.ENGLISH);

    /** Only our own files, no fall-back to the JVM's default locale. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale language;

    private ToolText(Locale language) {
        this.language = language;
    }

    /** English for {@code en}, {@code en_GB}, {@code en-US} …; Chinese for anything else, or nothing. */
    public static ToolText of(String guanaiLang) {
        String tag = guanaiLang == null ? "" : guanaiLang.trim().replace('_', '-');
        return "en".equals(Locale.forLanguageTag(tag).getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The language {@value #LANGUAGE_VARIABLE} asks for. */
    public static ToolText fromEnvironment() {
        return of(System.getenv(LANGUAGE_VARIABLE));
    }

    public Locale language() {
        return language;
    }

    /** The sentence {@code key} with its arguments; numbers as they are (no grouping), the key itself when missing. */
    public String say(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BASE_NAME, this == ENGLISH ? Locale.ENGLISH : Locale.ROOT,
                    ToolText.class.getClassLoader(), CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i] == null ? "" : args[i];
        }
        return new MessageFormat(pattern, language).format(values);
    }
}
