package org.guanai.rest.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.guanai.registry.api.Message;

/** What a client is told when a value cannot become the Java type it was meant for: JSON fields and parameters alike. */
public final class TypeMessages {
    private static final int MAX_ECHO = 60;
    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class, Number.class);
    private static final Set<Class<?>> DATE_TIMES = Set.of(Instant.class, LocalDateTime.class,
            OffsetDateTime.class, ZonedDateTime.class);

    private TypeMessages() {
    }

    /**
     * Why {@code value} (null when unknown) is not a {@code type}, e.g.
     * "LEFT_BEHIND_MAN is not one of LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY".
     */
    public static Message invalid(Class<?> type, Object value) {
        if (type == null) {
            return RestText.message("type.invalid");
        }
        if (type.isEnum()) {
            String allowed = enumNames(type);
            return value == null ? RestText.message("type.enum.missing", allowed)
                    : RestText.message("type.enum", echo(value), allowed);
        }
        if (type == LocalDate.class) {
            return RestText.message("type.date");
        }
        if (DATE_TIMES.contains(type)) {
            return RestText.message("type.dateTime");
        }
        if (INTEGERS.contains(type)) {
            return RestText.message("type.integer");
        }
        if (NUMBERS.contains(type)) {
            return RestText.message("type.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return RestText.message("type.boolean");
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return RestText.message("type.string");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return RestText.message("type.array");
        }
        return RestText.message("type.object");
    }

    public static String enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** A client's value quoted back to it, cut short so a huge value does not bloat the error. */
    static String echo(Object value) {
        String s = String.valueOf(value);
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
    }
}
