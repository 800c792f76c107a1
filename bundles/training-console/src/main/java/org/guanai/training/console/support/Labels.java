package org.guanai.training.console.support;

import java.util.List;
import java.util.Map;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;
import org.guanai.training.api.CourseKind;
import org.guanai.training.api.FollowUpRound;
import org.guanai.training.api.Outcome;
import org.guanai.training.api.PartnerKind;

/** The module's enum values at the console: Chinese labels, and short forms accepted besides the names. */
public final class Labels {
    /** This console's sentences and labels ({@code messages.properties}, Chinese; {@code messages_en.properties}). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.training.console.support.messages");


    private static final Map<Enum<?>, String> CHINESE = Map.ofEntries(
            Map.entry(CourseKind.FARMING, "农业实用技术"),
            Map.entry(CourseKind.EMPLOYMENT, "就业技能"),
            Map.entry(CourseKind.ENTREPRENEURSHIP, "创业"),
            Map.entry(CourseKind.DOMESTIC_SERVICE, "家政"),
            Map.entry(CourseKind.E_COMMERCE, "电商"),
            Map.entry(CourseKind.HANDICRAFT, "手工"),
            Map.entry(CourseKind.OTHER, "其他"),
            Map.entry(PartnerKind.AGRICULTURE, "农业农村"),
            Map.entry(PartnerKind.HUMAN_RESOURCES, "人社"),
            Map.entry(PartnerKind.WOMENS_FEDERATION, "妇联"),
            Map.entry(PartnerKind.OTHER, "其他部门"),
            Map.entry(Outcome.EMPLOYED_LOCALLY, "本地就业"),
            Map.entry(Outcome.EMPLOYED_AWAY, "外出就业"),
            Map.entry(Outcome.STARTED_BUSINESS, "自主创业"),
            Map.entry(Outcome.INCOME_RAISED, "增收"),
            Map.entry(Outcome.NO_CHANGE, "无变化"),
            Map.entry(FollowUpRound.THREE_MONTHS, "3个月"),
            Map.entry(FollowUpRound.SIX_MONTHS, "6个月"));

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
            String zh = CHINESE.get(constant);
            List<String> more = ALIASES.getOrDefault(constant, List.of());
            return zh == null ? more : java.util.stream.Stream.concat(java.util.stream.Stream.of(zh), more.stream())
                    .distinct().collect(java.util.stream.Collectors.toList());
        });
    }

    public static String zh(Enum<?> constant) {
        return constant == null ? "" : CHINESE.getOrDefault(constant, constant.name());
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
