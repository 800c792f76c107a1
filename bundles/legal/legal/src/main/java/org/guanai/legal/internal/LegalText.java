package org.guanai.legal.internal;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/** What the legal module says to people ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
public final class LegalText {
    public static final MessageBundle TEXT = MessageBundle.of(LegalText.class, "org.guanai.legal.internal.messages");

    private LegalText() {
    }

    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** {@code key} in Chinese, for what carries both languages side by side (a bulletin section, a dashboard list). */
    public static String zh(String key, Object... args) {
        return TEXT.message(key, args).render(Message.CHINESE);
    }

    /** {@code key} in English, beside {@link #zh}. */
    public static String en(String key, Object... args) {
        return TEXT.message(key, args).render(Message.ENGLISH);
    }

    /**
     * A value's label ({@code label.<Enum>.<CONSTANT>}: 家庭暴力 / domestic violence) in {@code language}, for
     * reports, the bulletin, the dashboard and timelines; "" for null.
     */
    public static String label(Enum<?> value, java.util.Locale language) {
        return value == null ? "" : TEXT.message(labelKey(value)).render(language);
    }

    /** A value's label as a message, to be rendered in the reader's language (an argument of a timeline title). */
    public static Message label(Enum<?> value) {
        return TEXT.message(labelKey(value));
    }

    static String labelKey(Enum<?> value) {
        return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
