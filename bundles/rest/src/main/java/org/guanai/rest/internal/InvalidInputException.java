package org.guanai.rest.internal;

import java.util.Locale;

import org.guanai.registry.api.Message;

/**
 * A request whose body or parameters cannot be read: malformed JSON, a value of the wrong type,
 * an unknown field, a parameter that is not a number. The problem mapper turns it into a 400
 * (404 for a path parameter, 413 for an oversized body); its message is written for the client and never holds parser text.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final transient Message text;

    private InvalidInputException(int status, String field, Message text) {
        super(text.render(Message.CHINESE));
        this.status = status;
        this.field = field;
        this.text = text;
    }

    /** A value at {@code field} (a JSON path like {@code members[0].phone}, or a parameter name) is wrong. */
    public static InvalidInputException field(String field, Message text) {
        return new InvalidInputException(400, field, text);
    }

    /** The request as a whole cannot be read (syntax, nesting, missing body). */
    public static InvalidInputException malformed(Message text) {
        return new InvalidInputException(400, null, text);
    }

    /** A path parameter that cannot be what it should (an id that is not a number): names no resource, so 404. */
    public static InvalidInputException pathParameter(String name, Message text) {
        return new InvalidInputException(404, name, text);
    }

    public static InvalidInputException tooLarge(Message text) {
        return new InvalidInputException(413, null, text);
    }

    public static InvalidInputException bodyRequired() {
        return malformed(RestText.message("body.required"));
    }

    public int status() {
        return status;
    }

    /** The offending field or parameter, or null when the problem is not with one value. */
    public String field() {
        return field;
    }

    public Message text() {
        return text;
    }

    public String getMessage(Locale locale) {
        return text.render(locale);
    }
}
