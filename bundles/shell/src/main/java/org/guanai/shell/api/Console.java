package org.guanai.shell.api;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Process;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;

/**
 * What every Guanai command shares: running its body so that refused requests and bad input
 * end in a plain message on stderr instead of a stack trace, and reading option values.
 */
public final class Console {

    /** A command's body. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** The session variable that chooses the console's language ({@code en}; Chinese otherwise). */
    public static final String LANGUAGE_VARIABLE = "GUANAI_LANG";
    static final MessageBundle TEXT = MessageBundle.of(Console.class, "org.guanai.shell.text.messages");
    /** A language chosen by {@link #speaking} for this thread, before the session's. */
    private static final ThreadLocal<Locale> CHOSEN = new ThreadLocal<>();

    private Console() {
    }

    /**
     * Runs a command body. Bad option values and the services' refusals are printed to
     * {@code System.err}; anything else (a bug, a database down) propagates to the shell.
     *
     * @param thing what the command works on, for "Invalid &lt;thing&gt;:", e.g. "person"
     * @return null, as Karaf actions that print their own output do
     */
    public static Object run(String thing, Body body) throws Exception {
        Locale language = language();
        try {
            body.run();
        } catch (BadInputException e) {
            System.err.println(e.getMessage(language));
        } catch (ValidationException e) {
            PrintStream err = System.err;
            err.println(TEXT.message("invalid", thing(thing)).render(language));
            for (FieldError error : e.errors()) {
                err.println("  " + error.field + ": " + error.text().render(language));
            }
        } catch (NotFoundException | ConflictException | StaleVersionException | LimitExceededException e) {
            System.err.println(e.getMessage(language));
        }
        return null;
    }

    /**
     * The language of this console session: Chinese, unless the session sets {@value #LANGUAGE_VARIABLE} to
     * {@code en} (at the prompt: {@code GUANAI_LANG = en}).
     */
    public static Locale language() {
        Locale forThread = CHOSEN.get();
        if (forThread != null) {
            return forThread;
        }
        try {
            Process process = Process.Utils.current();
            Object chosen = process == null || process.job() == null || process.job().session() == null ? null
                    : process.job().session().get(LANGUAGE_VARIABLE);
            return chosen == null ? Message.CHINESE : Message.supported(Locale.forLanguageTag(
                    String.valueOf(chosen).trim().replace('_', '-')));
        } catch (RuntimeException | LinkageError e) {
            return Message.CHINESE; // not in a shell session (a unit test, a script engine)
        }
    }

    /**
     * Runs {@code body} in {@code language} as a session with {@value #LANGUAGE_VARIABLE} set would (a command
     * run outside a shell session: a unit test, a script engine).
     */
    public static void speaking(Locale language, Body body) throws Exception {
        Locale before = CHOSEN.get();
        CHOSEN.set(Message.supported(language));
        try {
            body.run();
        } finally {
            if (before == null) {
                CHOSEN.remove();
            } else {
                CHOSEN.set(before);
            }
        }
    }

    /**
     * "person" as 人员, "person query" as 人员查询, "end of person" as 人员结束, "enrolment of person 3" as 人员 3 的报名;
     * unknown words as they are.
     */
    static Message thing(String thing) {
        String t = thing == null ? "" : thing.strip();
        if (t.endsWith(" query") && !t.equals("audit query")) {
            return TEXT.message("query", Message.recordType(t.substring(0, t.length() - " query".length())));
        }
        java.util.regex.Matcher ofPerson = java.util.regex.Pattern.compile("(.+) of person (\\d+)").matcher(t);
        if (ofPerson.matches()) {
            return TEXT.message("ofPerson", Message.recordType(ofPerson.group(1)), ofPerson.group(2));
        }
        if (t.startsWith("end of ")) {
            return TEXT.message("endOf", Message.recordType(t.substring("end of ".length())));
        }
        return Message.recordType(t);
    }

    /** A module's short forms of its enum values (WOMAN for LEFT_BEHIND_WOMAN, 两癌 for TWO_CANCERS …). */
    @FunctionalInterface
    public interface Aliases {
        List<String> of(Enum<?> constant);

        Aliases NONE = constant -> List.of();
    }

    /** {@link #parseEnum(String, String, Class, Aliases)} without short forms. */
    public static <E extends Enum<E>> E parseEnum(String option, String value, Class<E> type) {
        return parseEnum(option, value, type, Aliases.NONE);
    }

    /**
     * Reads an enum value case-insensitively, with '-' for '_' and the module's short forms.
     *
     * @return null when value is null
     * @throws BadInputException naming the option and the accepted values
     */
    public static <E extends Enum<E>> E parseEnum(String option, String value, Class<E> type, Aliases aliases) {
        if (value == null) {
            return null;
        }
        String key = normalise(value);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
            for (String alias : aliases.of(constant)) {
                if (normalise(alias).equals(key)) {
                    return constant;
                }
            }
        }
        throw new BadInputException(TEXT.message("notOneOf", option, value, choices(type, aliases)));
    }

    /** Reads a multi-valued enum option ("--category WOMAN,CHILD" or the option twice); absent gives an empty set. */
    public static <E extends Enum<E>> Set<E> parseEnums(String option, Collection<String> values, Class<E> type,
                                                        Aliases aliases) {
        Set<E> result = EnumSet.noneOf(type);
        for (String part : split(values)) {
            result.add(parseEnum(option, part, type, aliases));
        }
        return result;
    }

    /**
     * The values to offer for an enum: its constants' names, the names REST takes too ("LEFT_BEHIND_WOMAN,
     * LEFT_BEHIND_CHILD, …"). A module's short forms and Chinese labels are accepted as well but not listed, so
     * the console, REST and the import advertise one vocabulary.
     */
    public static String choices(Class<? extends Enum<?>> type, Aliases aliases) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Reads a multi-valued text option ("--site 3 --site 4" or "--site 3,4"); blanks dropped. */
    public static List<String> split(Collection<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split("[,，]")) {
                    if (!part.isBlank()) {
                        parts.add(part.trim());
                    }
                }
            }
        }
        return parts;
    }

    /** Reads a multi-valued id option; absent gives an empty list. */
    public static List<Long> parseIds(String option, Collection<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String part : split(values)) {
            ids.add(parseId(option, part));
        }
        return ids;
    }

    /** Reads a four-digit year; null when value is null. "26" is refused rather than read as year 26. */
    public static Integer parseYear(String option, String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.matches("(19|20|21)\\d\\d")) {
            return Integer.valueOf(v);
        }
        throw new BadInputException(TEXT.message("notAYear", option, value));
    }

    /** Reads a YYYY-MM-DD date; null when value is null. */
    public static LocalDate parseDate(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(TEXT.message("notADate", option, value));
        }
    }

    /** Reads a YYYY-MM month (the first of the month) or a full YYYY-MM-DD date; null when blank. */
    public static LocalDate parseMonth(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return v.length() <= 7 ? YearMonth.parse(v).atDay(1) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadInputException(TEXT.message("notAMonth", option, value));
        }
    }

    /** Reads a record id (a positive number); null when value is null. */
    public static Long parseId(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(TEXT.message("notAnId", option, value));
    }

    /** Reads a whole number; null when value is null. */
    public static Integer parseInt(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(TEXT.message("notANumber", option, value));
        }
    }

    /** The page asked for by --offset and --limit; the range checks are PageRequest's. */
    public static PageRequest page(String offset, String limit) {
        return PageRequest.of(parseInt("--offset", offset), parseInt("--limit", limit));
    }

    /** Blank text typed at the console means "not given". */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The line under a list of the registry's records, {@code plural} being one of this bundle's nouns
     * ({@code persons}, {@code households}, {@code sites}, {@code guardianships}, {@code audit rows},
     * {@code children without a capable guardian}); another word is shown as it is. A module passes its own
     * noun to {@link #printFooter(PrintStream, Page, Message)}.
     */
    public static void printFooter(PrintStream out, Page<?> page, String plural) {
        String key = "noun." + plural.replace(' ', '-');
        printFooter(out, page, TEXT.has(key) ? TEXT.message(key) : Message.literal(plural));
    }

    /**
     * The line under a list, in the session's language: which rows of how many, and how to get the next page
     * ("第 1–3 条，共 5 条人员（下一页：--offset 3）", "1-3 of 5 persons (next page: --offset 3)").
     *
     * @param noun what the rows are, in the plural (人员 / persons), from the caller's bundle
     */
    public static void printFooter(PrintStream out, Page<?> page, Message noun) {
        Locale language = language();
        int shown = page.items.size();
        Message line;
        if (shown == 0) {
            line = page.total == 0 ? TEXT.message("footer.none", noun)
                    : TEXT.message("footer.beyond", noun, page.offset, page.total);
        } else if (page.offset + shown < page.total) {
            line = TEXT.message("footer.more", noun, page.offset + 1, page.offset + shown, page.total,
                    page.offset + shown);
        } else {
            line = TEXT.message("footer", noun, page.offset + 1, page.offset + shown, page.total);
        }
        out.println(line.render(language));
    }

    private static String normalise(String value) {
        return value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
