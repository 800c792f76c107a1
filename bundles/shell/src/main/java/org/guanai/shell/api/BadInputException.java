package org.guanai.shell.api;

/**
 * A value typed at the console could not be read (an unknown enum value, a malformed date or
 * number). Its message names the option and is printed as is, without a stack trace.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
