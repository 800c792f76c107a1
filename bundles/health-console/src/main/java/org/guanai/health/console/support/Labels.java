package org.guanai.health.console.support;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.ProviderKind;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.shell.api.Console;

/** The console's words for the health module's values: short forms users may type, labels for tables. */
public final class Labels {

    /** Accepted besides the constant's name ('-' for '_' and any case are accepted anyway). */
    private static final Map<Enum<?>, List<String>> ALIASES = Map.of(
            CampaignKind.GYNAECOLOGICAL, List.of("GYN", "妇科", "妇科检查"),
            CampaignKind.TWO_CANCERS, List.of("两癌", "两癌筛查"),
            CampaignKind.GENERAL, List.of("体检", "健康检查"),
            ProviderKind.MCH_STATION, List.of("MCH", "妇幼保健院"),
            ProviderKind.TOWNSHIP_HEALTH_CENTRE, List.of("HEALTH_CENTRE", "卫生院"),
            ProviderKind.HOSPITAL, List.of("医院"),
            CheckResult.NORMAL, List.of("正常"),
            CheckResult.ABNORMAL, List.of("异常"),
            CheckResult.REFERRED, List.of("转诊"));

    /** The health console's sentences and labels ({@code messages.properties}, Chinese; {@code _en}, English). */
    public static final MessageBundle TEXT = MessageBundle.of(Labels.class, "org.guanai.health.console.support.messages");

    private Labels() {
    }

    static List<String> aliases(Enum<?> constant) {
        return ALIASES.getOrDefault(constant, List.of());
    }

    /** Reads an enum option value, accepting this module's short forms. */
    public static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
        return Console.parseEnum(option, value, type, Labels::aliases);
    }

    /** Reads a multi-valued enum option, accepting this module's short forms. */
    public static <E extends Enum<E>> Set<E> parseAll(String option, Collection<String> values, Class<E> type) {
        return Console.parseEnums(option, values, type, Labels::aliases);
    }

    /** The values a user types for an enum, short forms first. */
    public static String choices(Class<? extends Enum<?>> type) {
        return Console.choices(type, Labels::aliases);
    }

    /** The label of a campaign kind, provider kind or result in the session's language (两癌筛查); "" for null. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return TEXT.has(key) ? say(key) : value.name();
    }

    /** A table's column header in the session's language ({@code col.<name>} of this bundle). */
    public static String col(String name) {
        return say("col." + name);
    }

    /** This bundle's sentence {@code key} in the session's language. */
    public static String say(String key, Object... args) {
        return text(key, args).render(Console.language());
    }

    /** This bundle's sentence {@code key}, e.g. a list's noun for {@link Console#printFooter}. */
    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** A percentage with one decimal, "66.7". */
    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
