package org.guanai.meeting.console.support;

import java.util.List;

import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterState;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.Console;

/** The console's words for the module's values: Chinese forms users may type, Chinese labels for tables. */
public final class Labels {
    /** This console's sentences and labels ({@code messages.properties}, Chinese; {@code messages_en.properties}). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.meeting.console.support.messages");


    private Labels() {
    }

    /** Besides the constant's name, its Chinese label is accepted ("在办", "办结"). */
    static List<String> aliases(Enum<?> constant) {
        if (constant == MatterState.OPEN) {
            return List.of("在办");
        }
        return constant == MatterState.DONE ? List.of("办结", "已办结") : List.of();
    }

    public static MatterState state(String option, String value) {
        return Console.parseEnum(option, value, MatterState.class, Labels::aliases);
    }

    /** 在办, 逾期 (open past due), or 已办结 with its day, in the session's language. */
    public static String state(MatterDTO m) {
        if (m.state == MatterState.DONE) {
            return say("state.done", m.doneOn);
        }
        return say(m.overdue ? "state.overdue" : "state.open");
    }

    /** A department's standing: 在册 (a member) or 已退出 (left), in the session's language. */
    public static String status(Status status) {
        return status == null ? "" : say("label.Status." + status.name());
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
}
