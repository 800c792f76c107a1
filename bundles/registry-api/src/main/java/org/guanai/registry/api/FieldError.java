package org.guanai.registry.api;

import java.util.Locale;

/**
 * One bad field of a request: its name (dotted path for nested fields, e.g. {@code migrantMembers[0].phone}) and why.
 * {@link #message} is the reason in Chinese; {@link #text()} renders it in another language.
 */
public class FieldError {
    public String field;
    public String message;
    private Message text;

    public FieldError() {
    }

    /** A reason written in code, the same in every language (callers not yet on message bundles). */
    public FieldError(String field, String message) {
        this(field, Message.literal(message));
    }

    public FieldError(String field, Message text) {
        this.field = field;
        this.text = text;
        this.message = text == null ? null : text.render(Message.CHINESE);
    }

    /** The reason, to render in the reader's language. */
    public Message text() {
        return text != null ? text : Message.literal(message);
    }

    /** This error with its reason in {@code locale}, e.g. for a response body. */
    public FieldError in(Locale locale) {
        FieldError e = new FieldError(field, text());
        e.message = text().render(locale);
        return e;
    }

    /** The same reason on another field (a roster column, a nested path). */
    public FieldError on(String otherField) {
        return new FieldError(otherField, text());
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
