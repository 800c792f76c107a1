package org.guanai.mutualaid.console.support;

import java.util.List;
import java.util.Map;

import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.api.VisitKind;
import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;

/** The console's words for the module's values: Chinese forms users may type, Chinese labels for tables. */
public final class Labels {
    /** This console's sentences and labels ({@code messages.properties}, Chinese; {@code messages_en.properties}). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.mutualaid.console.support.messages");


    private static final Map<Enum<?>, String> CHINESE = Map.ofEntries(
            Map.entry(GroupKind.SECURITY, "治安"), Map.entry(GroupKind.SANITATION, "环卫"),
            Map.entry(GroupKind.RIGHTS, "维权"), Map.entry(GroupKind.PRODUCTION, "生产"),
            Map.entry(GroupKind.CULTURE_SPORTS, "文体"), Map.entry(GroupKind.OTHER, "其他"),
            Map.entry(MemberRole.LEADER, "组长"), Map.entry(MemberRole.MEMBER, "组员"),
            Map.entry(ActivityKind.FARM_HELP, "农忙互助"), Map.entry(ActivityKind.TUTORING, "儿童之家辅导"),
            Map.entry(ActivityKind.HEART_TALK, "谈心交流"), Map.entry(ActivityKind.SAFETY_PATROL, "治安巡逻"),
            Map.entry(ActivityKind.CLEAN_UP, "村庄保洁"), Map.entry(ActivityKind.CULTURAL_EVENT, "文体活动"),
            Map.entry(ActivityKind.OTHER, "其他活动"),
            Map.entry(VisitKind.HOME_VISIT, "走访"), Map.entry(VisitKind.FARM_HELP, "农活帮扶"),
            Map.entry(VisitKind.STUDY_HELP, "学业帮扶"), Map.entry(VisitKind.MATERIAL_AID, "物资帮扶"),
            Map.entry(VisitKind.WARMTH_VISIT, "送温暖"), Map.entry(VisitKind.COUNSELLING, "心理疏导"),
            Map.entry(VisitKind.OTHER, "其他帮扶"),
            Map.entry(VulnerableReason.CHILD_WITHOUT_CAPABLE_GUARDIAN, "无有效监护儿童"),
            Map.entry(VulnerableReason.HARDSHIP_HOUSEHOLD, "特困家庭"),
            Map.entry(VulnerableReason.ELDERLY_LIVING_ALONE, "独居老人"));

    private Labels() {
    }

    /** Besides the constant's name, its Chinese label is accepted ("治安", "送温暖"). */
    static List<String> aliases(Enum<?> constant) {
        String zh = CHINESE.get(constant);
        return zh == null ? List.of() : List.of(zh);
    }

    public static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
        return Console.parseEnum(option, value, type, Labels::aliases);
    }

    public static String choices(Class<? extends Enum<?>> type) {
        return Console.choices(type, Labels::aliases);
    }

    public static String zh(Enum<?> value) {
        return value == null ? "" : CHINESE.getOrDefault(value, value.name());
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
