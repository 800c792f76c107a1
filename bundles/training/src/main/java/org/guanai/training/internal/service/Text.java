package org.guanai.training.internal.service;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * The module's field limits and its sentences for people, in {@code messages.properties} (Chinese, the default)
 * and {@code messages_en.properties} (English).
 */
public final class Text {
    static final int NAME_MAX = 100;
    static final int TITLE_MAX = 200;
    static final int NOTES_MAX = 2000;

    static final MessageBundle TEXT = MessageBundle.of(Text.class, "org.guanai.training.internal.service.messages");

    private Text() {
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
