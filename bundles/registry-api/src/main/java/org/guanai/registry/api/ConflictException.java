package org.guanai.registry.api;

/** The request clashes with data already stored (e.g. a resident ID number registered twice, ending what is ended). */
public class ConflictException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public ConflictException(String field, Message text) {
        super(text);
        this.field = field;
    }

    /** The field the conflict is about, or null. */
    public String field() {
        return field;
    }
}
