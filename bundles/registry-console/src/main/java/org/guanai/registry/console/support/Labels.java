package org.guanai.registry.console.support;

import org.guanai.shell.api.Console;
import java.util.Collection;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.registry.api.SiteKind;

/**
 * The console's words for the registry's values: the short forms users may type, the compact
 * Chinese labels printed in tables. ID numbers and phones arrive masked (or not) from the services, which ask
 * the registry's Visibility: the console never masks on its own.
 */
public final class Labels {

    /** Accepted besides the constant's name; the first is what help and error texts offer. */
    private static final Map<Enum<?>, List<String>> ALIASES = Map.of(
            CareCategory.LEFT_BEHIND_WOMAN, List.of("WOMAN", "妇女"),
            CareCategory.LEFT_BEHIND_CHILD, List.of("CHILD", "儿童"),
            CareCategory.LEFT_BEHIND_ELDERLY, List.of("ELDERLY", "老人"),
            Gender.FEMALE, List.of("FEMALE", "F", "女"),
            Gender.MALE, List.of("MALE", "M", "男"),
            SiteKind.CHILDRENS_HOME, List.of("CHILDRENS_HOME", "儿童之家"),
            SiteKind.WOMENS_HOME, List.of("WOMENS_HOME", "妇女之家"),
            SiteKind.COMBINED, List.of("COMBINED", "妇女儿童之家"));

    private static final Map<Enum<?>, String> CHINESE = Map.of(
            CareCategory.LEFT_BEHIND_WOMAN, "妇女",
            CareCategory.LEFT_BEHIND_CHILD, "儿童",
            CareCategory.LEFT_BEHIND_ELDERLY, "老人",
            Gender.FEMALE, "女",
            Gender.MALE, "男",
            SiteKind.CHILDRENS_HOME, "儿童之家",
            SiteKind.WOMENS_HOME, "妇女之家",
            SiteKind.COMBINED, "妇女儿童之家");

    /** The registry console's sentences and labels ({@code messages.properties}, Chinese; {@code _en}, English). */
    public static final MessageBundle TEXT =
            MessageBundle.of(Labels.class, "org.guanai.registry.console.support.messages");

    private Labels() {
    }

    /** A table's column header in the session's language ({@code col.<name>} of this bundle). */
    public static String col(String name) {
        return say("col." + name);
    }

    /** A record's field name in a details block ({@code field.<name>}). */
    public static String field(String name) {
        return say("field." + name);
    }

    /** This bundle's sentence {@code key}, e.g. for a {@code BadInputException} rendered in the session's language. */
    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /** This bundle's sentence {@code key} in the session's language. */
    public static String say(String key, Object... args) {
        return TEXT.message(key, args).render(Console.language());
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

    /** What a user types for the constant: its short form, or its name. */
    public static String inputName(Enum<?> constant) {
        List<String> aliases = aliases(constant);
        return aliases.isEmpty() ? constant.name() : aliases.get(0);
    }

    /**
     * A value's label in the session's language: the compact Chinese of a category, gender or site kind (妇女, 女),
     * other values by the registry's label (良好, 每季度; in English: good, quarterly); "" for null.
     */
    public static String zh(Enum<?> value) {
        if (value == null) {
            return "";
        }
        boolean chinese = Console.language().getLanguage().equals(Message.CHINESE.getLanguage());
        return chinese && CHINESE.containsKey(value) ? CHINESE.get(value) : Message.label(value).render(Console.language());
    }

    /** Categories in declaration order, e.g. "妇女、老人" ("left-behind woman, left-behind elderly" in English). */
    public static String categories(Set<CareCategory> categories) {
        if (categories == null) {
            return "";
        }
        return categories.stream().sorted().map(Labels::zh).collect(Collectors.joining(say("listSeparator")));
    }

    /** Age in whole years on the given day; "" when the birth date is unknown. */
    public static String age(LocalDate birthDate, LocalDate today) {
        return birthDate == null ? "" : String.valueOf(Period.between(birthDate, today).getYears());
    }

    /** YYYY-MM, for "away since". */
    public static String month(LocalDate date) {
        return date == null ? "" : date.toString().substring(0, 7);
    }

    public static String yesNo(boolean value) {
        return say(value ? "yes" : "no");
    }
}
