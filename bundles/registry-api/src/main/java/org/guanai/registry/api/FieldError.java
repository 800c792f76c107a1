package org.guanai.registry.api;

/** One bad field of a request: its name (dotted path for nested fields, e.g. {@code migrantMembers[0].phone}) and why. */
public class FieldError {
    public String field;
    public String message;

    public FieldError() {
    }

    public FieldError(String field, String message) {
        this.field = field;
        this.message = message;
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
