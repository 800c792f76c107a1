package org.guanai.registry.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for a person to read, rendered in the reader's language: its {@link MessageBundle}, key and
 * arguments (or, for callers written before bundles, a fixed text). Chinese is the first language; English is
 * given to those who ask for it ({@code Accept-Language: en}). {@link #toString()} is the Chinese, so logs and
 * old callers still read.
 * <p>
 * Arguments are rendered in the same language: a {@code Message} argument is rendered, an enum constant of the
 * registry API becomes its label (留守儿童 / left-behind child), a number is written without grouping (line 1024,
 * not 1,024). Patterns are {@link MessageFormat}'s: {@code {0}}, and {@code ''} for a quote.
 */
public final class Message {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages every Guanai sentence has, the first being the default. */
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    /** The registry API's own sentences and labels. */
    static final MessageBundle API = MessageBundle.of(Message.class, "org.guanai.registry.api.messages");

    private final MessageBundle bundle;
    private final String key;
    private final Object[] args;

    Message(MessageBundle bundle, String key, Object[] args) {
        this.bundle = bundle;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** A text that is the same in every language (old callers; a name; a value the user typed). */
    public static Message literal(String text) {
        return new Message(null, text, null);
    }

    /**
     * The label of an enum constant of the registry API (e.g. {@code CareCategory.LEFT_BEHIND_CHILD}: 留守儿童), or
     * its name when it has none.
     */
    public static Message label(Enum<?> constant) {
        String key = "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return API.has(key) ? API.message(key) : literal(constant.name());
    }

    /** The name of a kind of record ("person": 人员), for "人员 12 不存在"; the type itself when it has none. */
    public static Message recordType(String type) {
        if (type == null) {
            return literal("");
        }
        String key = "record." + type.toLowerCase(Locale.ROOT);
        return API.has(key) ? API.message(key) : literal(type);
    }

    /** The language we answer in for {@code locale}: English for any English, otherwise Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /**
     * The language for a reader who accepts {@code acceptable}, best first (as {@code Accept-Language} lists
     * them): the first of ours among them; Chinese when none is ours or none is given.
     */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale l : acceptable == null ? List.<Locale>of() : acceptable) {
            if (l == null || "*".equals(l.getLanguage()) || l.getLanguage().isEmpty()) {
                continue;
            }
            for (Locale ours : LANGUAGES) {
                if (ours.getLanguage().equals(l.getLanguage())) {
                    return ours;
                }
            }
        }
        return CHINESE;
    }

    /** This sentence in {@code locale} (Chinese unless English is asked for); never throws. */
    public String render(Locale locale) {
        if (bundle == null) {
            return key;
        }
        Locale language = supported(locale);
        String pattern = bundle.pattern(key, language);
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = value(args[i], language);
        }
        if (pattern == null) {
            // a key missing from its bundle (a test fails on that): still say something readable
            return values.length == 0 ? key : key + " " + Arrays.toString(values);
        }
        try {
            return new MessageFormat(pattern, language).format(values);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    private static Object value(Object arg, Locale language) {
        if (arg instanceof Message) {
            return ((Message) arg).render(language);
        }
        if (arg instanceof Enum && ((Enum<?>) arg).getDeclaringClass().getPackageName()
                .startsWith(Message.class.getPackageName())) {
            return label((Enum<?>) arg).render(language);
        }
        if (arg instanceof Number) {
            return String.valueOf(arg);
        }
        return arg == null ? "" : arg;
    }

    /** The key in its bundle; the text itself for a {@link #literal}. */
    public String key() {
        return key;
    }

    /** The bundle, or null for a {@link #literal}. */
    public MessageBundle bundle() {
        return bundle;
    }

    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(args));
    }

    /** The Chinese. */
    @Override
    public String toString() {
        return render(CHINESE);
    }
}
