package org.guanai.registry.internal.roster;

import org.guanai.registry.api.Message;

/**
 * The file as a whole cannot be read: not CSV or XLSX, damaged, or empty. {@link #text()} says why, in either
 * language (the import's bundle, {@code FILE_*}); {@link #getMessage()} is the Chinese.
 */
public class RosterFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Message text;

    public RosterFileException(ImportMessages why, Object... args) {
        this(why.message(args), null);
    }

    public RosterFileException(Throwable cause, ImportMessages why, Object... args) {
        this(why.message(args), cause);
    }

    private RosterFileException(Message text, Throwable cause) {
        super(text.render(Message.CHINESE), cause);
        this.text = text;
    }

    /** Why, to render in the reader's language. */
    public Message text() {
        return text;
    }
}
