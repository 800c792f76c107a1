package org.guanai.health.internal;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/** What the health module says to people ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
public final class HealthText {
    public static final MessageBundle TEXT = MessageBundle.of(HealthText.class, "org.guanai.health.internal.messages");

    private HealthText() {
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
}
