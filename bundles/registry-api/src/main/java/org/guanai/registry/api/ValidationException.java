package org.guanai.registry.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The request names fields whose values are missing or wrong; each is listed with the reason. */
public class ValidationException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(joined(errors, Message.CHINESE));
        this.errors = List.copyOf(errors);
    }

    /** A reason written in code (callers not yet on message bundles). */
    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public static ValidationException of(String field, Message text) {
        return new ValidationException(List.of(new FieldError(field, text)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** "field: reason; field: reason" in {@code locale}. */
    @Override
    public String getMessage(Locale locale) {
        return joined(errors, locale);
    }

    private static String joined(List<FieldError> errors, Locale locale) {
        return errors.stream().map(e -> e.field + ": " + e.text().render(locale)).collect(Collectors.joining("; "));
    }
}
