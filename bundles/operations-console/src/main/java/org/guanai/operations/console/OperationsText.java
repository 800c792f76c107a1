package org.guanai.operations.console;

import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;

/** What the operations commands say ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
final class OperationsText {
    static final MessageBundle TEXT = MessageBundle.of(OperationsText.class, "org.guanai.operations.console.text.messages");

    private OperationsText() {
    }

    /** The sentence {@code key} in the session's language ({@code GUANAI_LANG}). */
    static String say(String key, Object... args) {
        return TEXT.message(key, args).render(Console.language());
    }
}
