package org.guanai.legal.console.support;

import java.util.List;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;

/** The console's words for the module's values: Chinese forms users may type, labels for tables, sentences. */
public final class Labels {
    /** This console's sentences and labels ({@code messages.properties}, Chinese; {@code messages_en.properties}). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.legal.console.support.messages");

    private Labels() {
    }

    /** Besides the constant's name, its Chinese label is accepted ("家庭暴力", "12338"). */
    static List<String> aliases(Enum<?> constant) {
        return TEXT.has(key(constant)) ? List.of(TEXT.message(key(constant)).render(Message.CHINESE)) : List.of();
    }

    public static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
        return Console.parseEnum(option, value, type, Labels::aliases);
    }

    public static <E extends Enum<E>> List<E> parseAll(String option, List<String> values, Class<E> type) {
        return new java.util.ArrayList<>(Console.parseEnums(option, values, type, Labels::aliases));
    }

    /** The label of one of the module's values in the session's language (家庭暴力 / domestic violence); "" for null. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return TEXT.has(key(value)) ? say(key(value)) : value.name();
    }

    /** Several values' labels, joined as the session's language joins a list (、 or ", "). */
    public static String label(List<? extends Enum<?>> values) {
        return String.join(say("list.separator"), values.stream().map(Labels::label).toList());
    }

    /** A table's column header in the session's language ({@code col.<name>} of this bundle). */
    public static String col(String name) {
        return say("col." + name);
    }

    /** This console's sentence {@code key}, e.g. a list's noun for {@link Console#printFooter}. */
    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** This console's sentence {@code key} in the session's language. */
    public static String say(String key, Object... args) {
        return text(key, args).render(Console.language());
    }

    private static String key(Enum<?> constant) {
        return "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }
}
