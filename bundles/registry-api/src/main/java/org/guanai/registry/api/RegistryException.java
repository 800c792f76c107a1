package org.guanai.registry.api;

import java.util.Locale;

/**
 * Base of the exceptions registry services throw for requests they refuse. Nothing is written when one is thrown.
 * The message is for a person: {@link #getMessage()} is the Chinese, {@link #getMessage(Locale)} any of
 * {@link Message#LANGUAGES}.
 */
public abstract class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message text;

    /** A message written in code, the same in every language (callers not yet on message bundles). */
    protected RegistryException(String message) {
        super(message);
        this.text = Message.literal(message);
    }

    protected RegistryException(Message text) {
        super(text.render(Message.CHINESE));
        this.text = text;
    }

    /** The message, to render in the reader's language (a {@link ValidationException}'s reasons are its errors'). */
    public Message text() {
        return text != null ? text : Message.literal(getMessage());
    }

    /** The message in {@code locale} (Chinese unless English is asked for). */
    public String getMessage(Locale locale) {
        return text == null ? getMessage() : text.render(locale);
    }
}
