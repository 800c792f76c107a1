package org.guanai.registry.internal.operations;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * What operating the platform says to people: backup and restore refusals, the staged restore, and the parts'
 * status details of /status and registry:schema ({@code messages.properties}, Chinese; {@code messages_en.properties},
 * English, beside this class).
 */
public final class OperationsMessages {
    public static final MessageBundle TEXT =
            MessageBundle.of(OperationsMessages.class, "org.guanai.registry.internal.operations.messages");

    private OperationsMessages() {
    }

    public static Message message(String key, Object... args) {
        return TEXT.message(key, args);
    }
}
