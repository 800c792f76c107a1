package org.guanai.registry.internal.roster;

/** The file as a whole cannot be read: not CSV or XLSX, damaged, or empty. The message says why. */
public class RosterFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RosterFileException(String message) {
        super(message);
    }

    public RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
