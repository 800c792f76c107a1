package org.guanai.registry.internal.schema;

import org.guanai.registry.api.operations.PartState;

/** Why the schema cannot be migrated yet: its message is written for administrators (Chinese, then English). */
public class SchemaNotReadyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final PartState state;

    public SchemaNotReadyException(PartState state, String message) {
        super(message);
        this.state = state;
    }

    public PartState state() {
        return state;
    }
}
