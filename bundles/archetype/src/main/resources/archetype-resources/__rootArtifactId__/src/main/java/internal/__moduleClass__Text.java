package ${package}.internal;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;

/**
 * What the ${nameZh} module says to people: {@code messages.properties} (Chinese, the default) and
 * {@code messages_en.properties} (English) next to this class. REST renders them by {@code Accept-Language}, the
 * console by the session's {@code GUANAI_LANG}; write no sentence for a person in code.
 */
public final class ${moduleClass}Text {
    public static final MessageBundle TEXT = MessageBundle.of(${moduleClass}Text.class, "${package}.internal.messages");

    private ${moduleClass}Text() {
    }

    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }
}
