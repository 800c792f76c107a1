package org.guanai.training.console.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.PartnerKind;

/** The module's enum values at the console: Chinese labels, and short forms accepted besides the names. */
public final class Labels {
    /** This console's sentences and labels ({@code messages.properties}, Chinese; {@code messages_en.properties}). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.training.console.support.messages");

    private static final Map<Enum<?>, List<String>> ALIASES = Map.of(
            FollowUpRound.THREE_MONTHS, List.of("3", "3个月"),
            FollowUpRound.SIX_MONTHS, List.of("6", "6个月"),
            PartnerKind.HUMAN_RESOURCES, List.of("人社", "人社局"),
            PartnerKind.AGRICULTURE, List.of("农业农村", "农业农村局"));

    private Labels() {
    }

    /** Reads an enum option: its name (any case, '-' for '_'), its Chinese label, or a short form. */
    public static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
        return Console.parseEnum(option, value, type, constant -> {
            List<String> forms = new ArrayList<>();
            String key = key(constant);
            if (TEXT.has(key)) {
                forms.add(TEXT.message(key).render(Message.CHINESE));
            }
            forms.addAll(ALIASES.getOrDefault(constant, List.of()));
            return forms;
        });
    }

    /** The label of one of the module's values in the session's language (电商 / e-commerce); "" for null. */
    public static String label(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        return TEXT.has(key(constant)) ? say(key(constant)) : constant.name();
    }

    /** A table's column header in the session's language ({@code col.<name>} of this bundle). */
    public static String col(String name) {
        return say("col." + name);
    }

    private static String key(Enum<?> constant) {
        return "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /** This console's sentence {@code key}, e.g. a list's noun for {@link Console#printFooter}. */
    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** This console's sentence {@code key} in the session's language. */
    public static String say(String key, Object... args) {
        return text(key, args).render(Console.language());
    }
}
