package org.guanai.meeting.internal;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/** What the meeting module says to people ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
public final class MeetingText {
    public static final MessageBundle TEXT = MessageBundle.of(MeetingText.class, "org.guanai.meeting.internal.messages");

    private MeetingText() {
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
