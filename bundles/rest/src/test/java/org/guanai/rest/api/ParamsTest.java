package org.guanai.rest.api;

import java.util.Locale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

public class ParamsTest {

    /** The single field error of a ValidationException. */
    static FieldError fieldError(ValidationException e) {
        assertEquals(1, e.errors().size());
        return e.errors().get(0);
    }

    @Test
    public void idAcceptsPlainDigitsOnly() {
        assertEquals(12L, Params.id("person", "12"));
        assertEquals(0L, Params.id("person", "0"));
        for (String bad : new String[] {"abc", "-1", "+1", "1.5", "", " 1", "1e3", "١٢", "1234567890123456789", null}) {
            NotFoundException e = assertThrows(bad, NotFoundException.class, () -> Params.id("person", bad));
            assertEquals("person", e.recordType());
            assertEquals(String.valueOf(bad), e.key());
        }
    }

    @Test
    public void enumParamNamesTheParameterAndTheAllowedValues() {
        assertEquals(CareCategory.LEFT_BEHIND_CHILD, Params.enumParam(CareCategory.class, "category", "LEFT_BEHIND_CHILD"));
        assertEquals(CareCategory.LEFT_BEHIND_CHILD, Params.enumParam(CareCategory.class, "category", " LEFT_BEHIND_CHILD "));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Params.enumParam(CareCategory.class, "category", "LEFT_BEHIND_X"));
        FieldError error = fieldError(e);
        assertEquals("category", error.field);
        assertEquals("LEFT_BEHIND_X is not one of LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY", error.in(Locale.ENGLISH).message);
    }

    @Test
    public void enumParamIsCaseSensitiveLikeJsonBodies() {
        assertThrows(ValidationException.class, () -> Params.enumParam(CareCategory.class, "category", "left_behind_child"));
    }

    @Test
    public void blankQueryParametersDoNotFilter() {
        assertNull(Params.enumParam(CareCategory.class, "category", null));
        assertNull(Params.enumParam(CareCategory.class, "category", ""));
        assertNull(Params.enumParam(CareCategory.class, "category", "  "));
        assertNull(Params.dateParam("from", ""));
        assertNull(Params.longParam("household", ""));
        assertNull(Params.booleanParam("hardship", null));
        assertNull(Params.yearParam("year", ""));
        assertNull(Params.text("  "));
        assertEquals("王", Params.text(" 王 "));
    }

    @Test
    public void dateParamWantsIsoDates() {
        assertEquals(LocalDate.of(2024, 3, 1), Params.dateParam("from", "2024-03-01"));
        for (String bad : new String[] {"2024-13-01", "2024-02-30", "01/03/2024", "yesterday", "2024-3-1"}) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> Params.dateParam("from", bad));
            assertEquals("from", fieldError(e).field);
            assertTrue(fieldError(e).in(Locale.ENGLISH).message, fieldError(e).in(Locale.ENGLISH).message.startsWith(bad + " is not a date"));
        }
    }

    @Test
    public void yearParamWantsFourDigits() {
        assertEquals(Integer.valueOf(2026), Params.yearParam("year", " 2026 "));
        for (String bad : new String[] {"26", "20260", "two", "2026.0", "-2026", "99999999999"}) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> Params.yearParam("year", bad));
            assertEquals("year", fieldError(e).field);
            assertTrue(fieldError(e).in(Locale.ENGLISH).message, fieldError(e).in(Locale.ENGLISH).message.endsWith("is not a year like 2025"));
        }
    }

    @Test
    public void longParamIsAValidationErrorNotANotFound() {
        assertEquals(Long.valueOf(42), Params.longParam("household", "42"));
        ValidationException e = assertThrows(ValidationException.class, () -> Params.longParam("household", "x1"));
        assertEquals("household", fieldError(e).field);
        assertThrows(ValidationException.class, () -> Params.longParam("household", "-3"));
        assertThrows(ValidationException.class, () -> Params.longParam("household", "99999999999999999999"));
    }

    @Test
    public void booleanParamIsTrueOrFalseOnly() {
        assertEquals(Boolean.TRUE, Params.booleanParam("hardship", "true"));
        assertEquals(Boolean.FALSE, Params.booleanParam("hardship", "false"));
        ValidationException e = assertThrows(ValidationException.class, () -> Params.booleanParam("hardship", "yes"));
        assertEquals("hardship", fieldError(e).field);
    }

    @Test
    public void pageDefaultsAndChecks() {
        PageRequest page = Params.page(null, null);
        assertEquals(0, page.offset);
        assertEquals(PageRequest.DEFAULT_LIMIT, page.limit);
        page = Params.page("10", "20");
        assertEquals(10, page.offset);
        assertEquals(20, page.limit);
        assertEquals("offset", fieldError(assertThrows(ValidationException.class, () -> Params.page("abc", null))).field);
        assertEquals("limit", fieldError(assertThrows(ValidationException.class, () -> Params.page(null, "1.5"))).field);
        assertEquals("limit", fieldError(assertThrows(ValidationException.class, () -> Params.page(null, "99999999999"))).field);
        // Range checks are PageRequest's.
        assertEquals("offset", fieldError(assertThrows(ValidationException.class, () -> Params.page("-1", null))).field);
        assertEquals("limit", fieldError(assertThrows(ValidationException.class, () -> Params.page(null, "0"))).field);
        assertEquals("limit", fieldError(assertThrows(ValidationException.class, () -> Params.page(null, "501"))).field);
    }

    @Test
    public void bodyIsRequiredButAnEndRequestMayBeEmpty() {
        assertEquals("body", fieldError(assertThrows(ValidationException.class, () -> Params.body(null))).field);
        EndRequest given = new EndRequest();
        assertSame(given, Params.endRequest(given));
        assertNotNull(Params.endRequest(null));
    }
}
