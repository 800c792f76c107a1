package org.guanai.jpa.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

public class ChecksTest {

    private static List<String> errorsOf(Checks checks) {
        ValidationException e = assertThrows(ValidationException.class, checks::throwIfAny);
        return e.errors().stream().map(f -> f.field + ": " + f.text().render(Locale.ENGLISH))
                .collect(Collectors.toList());
    }

    @Test
    public void everyKeyIsInBothLanguages() {
        assertEquals(List.of(), Checks.TEXT.problems());
    }

    @Test
    public void chineseByDefault() {
        ValidationException e = assertThrows(ValidationException.class,
                new Checks().require("name", null).maxLength("notes", "abcdef", 5)::throwIfAny);
        assertEquals("name: 必填; notes: 最多 5 个字符，现为 6 个", e.getMessage());
    }

    /** A stand-in for a module's parser (the registry's phone and ID number parsers are tested there). */
    private static String digits(String raw, String field, int length) {
        String v = raw.replace(" ", "");
        if (v.length() != length) {
            throw ValidationException.of(field, "must be " + length + " characters, got " + v.length());
        }
        return v;
    }

    @Test
    public void noErrorsDoesNotThrow() {
        Checks checks = new Checks()
                .require("name", "王芳")
                .maxLength("name", "王芳", 2)
                .check(true, "x", "never");
        assertFalse(checks.hasErrors());
        checks.throwIfAny();
    }

    @Test
    public void collectsAllErrorsInOrder() {
        Checks checks = new Checks()
                .require("name", null)
                .require("phone", "  ")
                .maxLength("notes", "abcdef", 5)
                .add("householdId", "household 7 does not exist")
                .check(false, "villageCode", "is not a village of this county");
        assertTrue(checks.hasErrors());
        assertEquals(List.of(
                "name: is required",
                "phone: is required",
                "notes: must be at most 5 characters, got 6",
                "householdId: household 7 does not exist",
                "villageCode: is not a village of this county"), errorsOf(checks));
    }

    @Test
    public void requireTreatsEmptyCollectionAsMissing() {
        assertEquals(List.of("categories: is required"), errorsOf(new Checks().require("categories", List.of())));
        assertFalse(new Checks().require("categories", List.of(1)).hasErrors());
        assertFalse(new Checks().require("count", 0).hasErrors());
    }

    @Test
    public void maxLengthLetsNullAndExactLengthThrough() {
        assertFalse(new Checks().maxLength("notes", null, 5).maxLength("notes", "abcde", 5).hasErrors());
    }

    @Test
    public void attemptReturnsTheValueOrCollectsTheErrors() {
        Checks checks = new Checks();
        assertEquals("13812345678", checks.attempt(() -> digits("138 1234 5678", "phone", 11)));
        assertFalse(checks.hasErrors());

        checks.require("name", "");
        assertNull(checks.attempt(() -> digits("123", "idNumber", 18)));
        assertNull(checks.attempt(() -> {
            throw new ValidationException(List.of(new FieldError("a", "one"), new FieldError("b", "two")));
        }));
        checks.add("last", "added after");
        assertEquals(List.of(
                "name: is required",
                "idNumber: must be 18 characters, got 3",
                "a: one",
                "b: two",
                "last: added after"), errorsOf(checks));
    }

    @Test
    public void attemptLetsOtherExceptionsThrough() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new Checks().attempt(() -> {
                    throw boom;
                }));
        assertSame(boom, thrown);
    }
}
