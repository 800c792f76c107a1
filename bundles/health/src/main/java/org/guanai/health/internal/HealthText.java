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
}
