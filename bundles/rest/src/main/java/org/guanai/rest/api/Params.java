package org.guanai.rest.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.internal.RestText;

/**
 * Turns raw path and query strings into typed values. Resources take every parameter that a
 * client can get wrong as a String and convert it here, so a bad value becomes a
 * {@link ValidationException} naming the query parameter (400 problem+json) or a
 * {@link NotFoundException} for a path id, never the runtime's own 404/500. A blank query
 * parameter ({@code ?status=}) means "not given". Shared by the registry's and the modules' resources.
 */
public final class Params {
    /** Ids are positive longs written in plain digits; anything else names no record. */
    private static final int MAX_ID_DIGITS = 18;

    private Params() {
    }

    /** A path id; a non-number names no record, so it is 404 like an unknown number. */
    public static long id(String recordType, String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_ID_DIGITS || !digits(raw)) {
            throw new NotFoundException(recordType, raw);
        }
        return Long.parseLong(raw);
    }

    /** An optional id-valued query parameter (e.g. {@code household=12}). */
    public static Long longParam(String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        if (v.length() > MAX_ID_DIGITS || !digits(v)) {
            throw ValidationException.of(param, RestText.message("params.id", v));
        }
        return Long.parseLong(v);
    }

    public static <E extends Enum<E>> E enumParam(Class<E> type, String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(v)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw ValidationException.of(param, RestText.message("params.enum", v, allowed));
    }

    /** An ISO date, e.g. 2024-03-01. */
    public static LocalDate dateParam(String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(param, RestText.message("params.date", v));
        }
    }

    /** A year written as four digits, e.g. 2025; its range is the service's to check. */
    public static Integer yearParam(String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        if (v.length() != 4 || !digits(v)) {
            throw ValidationException.of(param, RestText.message("params.year", v));
        }
        return Integer.valueOf(v);
    }

    /** A month, e.g. 2026-03. */
    public static YearMonth monthParam(String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(param, RestText.message("params.month", v));
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Integer intParam(String param, String raw, int min, int max) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        if (v.isEmpty() || v.length() > 9 || !digits(v.startsWith("-") ? v.substring(1) : v) || v.equals("-")) {
            throw ValidationException.of(param, RestText.message("params.integer", v));
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw ValidationException.of(param, RestText.message("params.range", min, max, n));
        }
        return n;
    }

    public static Boolean booleanParam(String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        if (v.equals("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("false")) {
            return Boolean.FALSE;
        }
        throw ValidationException.of(param, RestText.message("params.boolean", v));
    }

    /** A free-text filter (codes, name prefixes): trimmed, blank means none. */
    public static String text(String raw) {
        return blank(raw) ? null : raw.trim();
    }

    /** offset and limit; range checks are {@link PageRequest#of}'s. */
    public static PageRequest page(String offset, String limit) {
        return PageRequest.of(intParam("offset", offset), intParam("limit", limit));
    }

    private static Integer intParam(String param, String raw) {
        if (blank(raw)) {
            return null;
        }
        String v = raw.trim();
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ValidationException.of(param, RestText.message("params.integer", v));
        }
    }

    /** A request body that must be present (an empty POST/PUT deserializes to null). */
    public static <T> T body(T body) {
        if (body == null) {
            throw ValidationException.of("body", RestText.message("body.object"));
        }
        return body;
    }

    /** An end request may be empty: the service applies its defaults (today) and its own checks. */
    public static EndRequest endRequest(EndRequest end) {
        return end == null ? new EndRequest() : end;
    }

    /** 201 with the created record, its Location under the resource's path, and its ETag. */
    public static Response created(UriInfo uriInfo, Class<?> resource, Long id, Object body, long version) {
        URI location = uriInfo.getBaseUriBuilder().path(resource).path(String.valueOf(id)).build();
        return Response.created(location).entity(body).tag(Etags.of(version)).build();
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
