package org.guanai.shell.api;

import java.util.Locale;

import org.guanai.registry.api.Message;

/**
 * A value typed at the console could not be read (an unknown enum value, a malformed date or
 * number). Its message names the option and is printed as is, without a stack trace, in the console's language.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message text;

    /** A message written in code, the same in every language (callers not yet on message bundles). */
    public BadInputException(String message) {
        this(Message.literal(message));
    }

    public BadInputException(Message text) {
        super(text.render(Message.CHINESE));
        this.text = text;
    }

    public String getMessage(Locale locale) {
        return text == null ? getMessage() : text.render(locale);
    }
}
