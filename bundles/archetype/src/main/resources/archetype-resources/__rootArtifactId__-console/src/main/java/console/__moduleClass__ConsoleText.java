package ${package}.console;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;

/** What the ${nameZh} console says ({@code messages.properties}, Chinese; {@code messages_en.properties}, English). */
final class ${moduleClass}ConsoleText {
    static final MessageBundle TEXT = MessageBundle.of(${moduleClass}ConsoleText.class, "${package}.console.messages");

    private ${moduleClass}ConsoleText() {
    }

    static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** A table's column header in the session's language ({@code col.<name>}). */
    static String col(String name) {
        return say("col." + name);
    }

    /** The sentence in the session's language (Chinese unless {@code GUANAI_LANG = en}). */
    static String say(String key, Object... args) {
        return text(key, args).render(Console.language());
    }
}
