package org.guanai.registry.internal.service;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * The names the registry gives what it lists beside another language: its module, its dashboard indicators, its
 * roles ({@code messages.properties} in this package, Chinese; {@code messages_en.properties}, English).
 */
public final class NameText {
    public static final MessageBundle TEXT = MessageBundle.of(NameText.class,
            "org.guanai.registry.internal.service.messages");

    private NameText() {
    }

    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** {@code key} in Chinese, for what carries both languages side by side (a module, an indicator, a role). */
    public static String zh(String key, Object... args) {
        return TEXT.message(key, args).render(Message.CHINESE);
    }

    /** {@code key} in English, beside {@link #zh}. */
    public static String en(String key, Object... args) {
        return TEXT.message(key, args).render(Message.ENGLISH);
    }
}
