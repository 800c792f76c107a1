package org.guanai.health.internal.rest;

import static org.guanai.health.internal.rest.CheckResourceTest.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.guanai.health.api.CheckResult;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.ValidationException;
import org.junit.Test;

public class ParamsTest {

    @Test
    public void idAcceptsPlainDigitsOnly() {
        assertEquals(12L, Params.id("check", "12"));
        for (String bad : new String[] {"abc", "-1", "+1", "1.5", "", " 1", "1e3", "١٢", "1234567890123456789", null}) {
            NotFoundException e = assertThrows(bad, NotFoundException.class, () -> Params.id("check", bad));
            assertEquals("check", e.recordType());
            assertEquals(String.valueOf(bad), e.key());
        }
    }

    @Test
    public void enumParamNamesTheParameterAndTheAllowedValues() {
        assertEquals(CheckResult.REFERRED, Params.enumParam(CheckResult.class, "result", " REFERRED "));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Params.enumParam(CheckResult.class, "result", "referred"));
        assertEquals("result", only(e).field);
        assertEquals("referred is not one of NORMAL, ABNORMAL, REFERRED", only(e).message);
    }

    @Test
    public void yearParamWantsFourDigits() {
        assertEquals(Integer.valueOf(2026), Params.yearParam("year", " 2026 "));
        for (String bad : new String[] {"26", "20260", "two", "2026.0", "-2026", "99999999999"}) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> Params.yearParam("year", bad));
            assertEquals("year", only(e).field);
            assertTrue(only(e).message, only(e).message.endsWith("is not a year like 2025"));
        }
    }

    @Test
    public void blankQueryParametersDoNotFilter() {
        assertNull(Params.enumParam(CheckResult.class, "result", "  "));
        assertNull(Params.dateParam("from", ""));
        assertNull(Params.longParam("person", null));
        assertNull(Params.yearParam("year", ""));
        assertNull(Params.text("  "));
        assertEquals("430621100", Params.text(" 430621100 "));
    }

    @Test
    public void datesAndIdsNameTheirParameter() {
        assertEquals(LocalDate.of(2026, 3, 1), Params.dateParam("from", "2026-03-01"));
        assertEquals("from", only(assertThrows(ValidationException.class, () -> Params.dateParam("from", "2026-02-30"))).field);
        assertEquals(Long.valueOf(42), Params.longParam("person", "42"));
        assertEquals("person", only(assertThrows(ValidationException.class, () -> Params.longParam("person", "x1"))).field);
    }

    @Test
    public void pageDefaultsAndChecks() {
        PageRequest page = Params.page(null, null);
        assertEquals(0, page.offset);
        assertEquals(PageRequest.DEFAULT_LIMIT, page.limit);
        assertEquals("offset", only(assertThrows(ValidationException.class, () -> Params.page("abc", null))).field);
        assertEquals("limit", only(assertThrows(ValidationException.class, () -> Params.page(null, "501"))).field);
    }

    @Test
    public void bodyIsRequiredButAnEndRequestMayBeEmpty() {
        assertEquals("body", only(assertThrows(ValidationException.class, () -> Params.body(null))).field);
        EndRequest given = new EndRequest();
        assertSame(given, Params.endRequest(given));
        assertNotNull(Params.endRequest(null));
    }
}
