package org.guanai.jpa.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.registry.api.ValidationException;

/**
 * Collects field errors so that a request is refused once, with everything wrong in it,
 * instead of one error per round trip:
 * <pre>
 * Checks checks = new Checks().require("name", dto.name).maxLength("name", dto.name, 50);
 * LocalDate born = checks.attempt(() -&gt; parseBirthDate(dto.idNumber, "idNumber"));
 * checks.throwIfAny();
 * </pre>
 * Not thread-safe; use one per request.
 */
public final class Checks {

    static final MessageBundle TEXT = MessageBundle.of(Checks.class, "org.guanai.jpa.support.text.messages");

    private final List<FieldError> errors = new ArrayList<>();

    public Checks() {
    }

    /** Null, a blank string or an empty collection is "is required". */
    public Checks require(String field, Object value) {
        boolean missing = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
        return check(!missing, field, TEXT.message("required"));
    }

    /**
     * Null passes (pair with {@link #require} when the field is mandatory). Counts UTF-16 units, as
     * Derby's VARCHAR does; a rare name with a supplementary-plane character counts it twice.
     */
    public Checks maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field,
                value == null ? null : TEXT.message("maxLength", max, value.length()));
    }

    /** A reason written in code, the same in every language (callers not yet on message bundles). */
    public Checks add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Checks add(String field, Message message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** Adds the error unless {@code ok}; a reason written in code (callers not yet on message bundles). */
    public Checks check(boolean ok, String field, String message) {
        return ok ? this : add(field, message);
    }

    /** Adds the error unless {@code ok}. */
    public Checks check(boolean ok, String field, Message message) {
        return ok ? this : add(field, message);
    }

    /** The sentences of this bundle ({@code org/guanai/jpa/support/text/messages*.properties}). */
    public static Message text(String key, Object... args) {
        return TEXT.message(key, args);
    }

    /**
     * Runs {@code s}, typically a parse; a {@link ValidationException} it throws is collected and null
     * returned, so the caller goes on checking and skips only what depends on the value.
     */
    public <T> T attempt(Supplier<T> s) {
        try {
            return s.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws one exception listing every collected error, in the order they were found. */
    public void throwIfAny() {
        if (hasErrors()) {
            throw new ValidationException(errors);
        }
    }
}
