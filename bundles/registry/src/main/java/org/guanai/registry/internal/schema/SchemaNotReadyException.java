package org.guanai.registry.internal.schema;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.operations.PartState;

/**
 * Why the schema cannot be migrated yet, for administrators: {@link #text()} in their language, {@link #getMessage()}
 * its Chinese.
 */
public class SchemaNotReadyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final PartState state;
    private final transient Message text;

    public SchemaNotReadyException(PartState state, Message text) {
        super(text.render(Message.CHINESE));
        this.state = state;
        this.text = text;
    }

    /** A text written in code, the same in every language (tests). */
    public SchemaNotReadyException(PartState state, String message) {
        this(state, Message.literal(message));
    }

    public PartState state() {
        return state;
    }

    /** Why, to render in the reader's language. */
    public Message text() {
        return text != null ? text : Message.literal(getMessage());
    }
}
