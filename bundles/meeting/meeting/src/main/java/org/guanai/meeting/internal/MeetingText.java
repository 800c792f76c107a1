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
}
