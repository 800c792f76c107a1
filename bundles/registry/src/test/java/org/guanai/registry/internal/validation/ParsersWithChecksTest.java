package org.guanai.registry.internal.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.Locale;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

/** The registry's parsers report their errors through the shared {@link Checks#attempt}. */
public class ParsersWithChecksTest {

    private static List<String> errorsOf(Checks checks) {
        ValidationException e = assertThrows(ValidationException.class, checks::throwIfAny);
        return e.errors().stream().map(f -> f.field + ": " + f.in(Locale.ENGLISH).message).collect(Collectors.toList());
    }

    @Test
    public void attemptReturnsTheParsedValueOrCollectsTheParseErrors() {
        Checks checks = new Checks();
        assertEquals("13812345678", checks.attempt(() -> Phones.normalise("138 1234 5678", "phone")));
        assertFalse(checks.hasErrors());

        checks.require("name", "");
        assertNull(checks.attempt(() -> ResidentIdNumber.parse("123", "idNumber")));
        checks.add("last", "added after");
        // Several errors from one attempt, and the rest of Checks: jpa-support's ChecksTest.
        assertEquals(List.of(
                "name: is required",
                "idNumber: must be 18 characters, got 3",
                "last: added after"), errorsOf(checks));
    }
}
