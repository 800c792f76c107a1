package org.guanai.registry.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Which rows of the trail to read; every criterion is optional. */
public class AuditQuery {
    /** What {@link #start} and {@link #end} accept, for error messages. */
    public static final String TIME_FORMATS = "a date like 2026-01-31 or a UTC time like 2026-01-31T08:00:00Z";

    public String user;
    public String recordType;
    public String recordId;
    public String operation;
    public AuditOutcome outcome;
    /** From this instant, inclusive. */
    public Instant from;
    /** Up to this instant, exclusive. */
    public Instant to;

    /**
     * A "from" as people write it: a date is the start of that day (UTC), an instant is itself.
     *
     * @throws IllegalArgumentException when it is neither (the message says what is expected)
     */
    public static Instant start(String text) {
        return parse(text, false);
    }

    /** A "to" as people write it: a date includes that whole day (UTC), an instant is itself. */
    public static Instant end(String text) {
        return parse(text, true);
    }

    private static Instant parse(String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(v + " is not " + TIME_FORMATS, e);
        }
    }
}
