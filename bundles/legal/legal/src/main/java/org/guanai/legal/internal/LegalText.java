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
}
