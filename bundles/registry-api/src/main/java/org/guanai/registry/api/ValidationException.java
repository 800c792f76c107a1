package org.guanai.registry.api;

import java.util.List;
import java.util.stream.Collectors;

/** The request names fields whose values are missing or wrong; each is listed with the reason. */
public class ValidationException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
