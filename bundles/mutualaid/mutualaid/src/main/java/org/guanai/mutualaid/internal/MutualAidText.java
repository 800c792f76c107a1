package org.guanai.mutualaid.internal;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/** What the mutual-aid module says to people ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
public final class MutualAidText {
    public static final MessageBundle TEXT = MessageBundle.of(MutualAidText.class, "org.guanai.mutualaid.internal.messages");

    private MutualAidText() {
    }

    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }
}
