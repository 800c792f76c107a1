package org.guanai.rest.internal.problem;

import java.util.Locale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.guanai.registry.api.CareCategory;
import org.guanai.rest.internal.InvalidInputException;
import org.junit.Test;

public class ParamConvertersTest {
    private final ParamConverters converters = new ParamConverters();

    @SuppressWarnings("unused")
    void sample(@QueryParam("limit") Integer limit, @PathParam("id") long id, @QueryParam("category") CareCategory c,
            @QueryParam("from") LocalDate from, @HeaderParam("X-Active") boolean active, @QueryParam("name") String n) {
    }

    @Test
    public void convertsGoodValues() {
        assertEquals(Integer.valueOf(20), convert(0, Integer.class, "20"));
        assertEquals(Long.valueOf(7), convert(1, long.class, "7"));
        assertEquals(CareCategory.LEFT_BEHIND_CHILD, convert(2, CareCategory.class, "LEFT_BEHIND_CHILD"));
        assertEquals(LocalDate.of(2024, 3, 1), convert(3, LocalDate.class, "2024-03-01"));
        assertEquals(Boolean.TRUE, convert(4, boolean.class, "true"));
    }

    @Test
    public void emptyBoxedValueIsAbsent() {
        assertNull(convert(0, Integer.class, ""));
    }

    @Test
    public void badQueryValueIsA400NamingTheParameter() {
        InvalidInputException e = fails(0, Integer.class, "abc");
        assertEquals(400, e.status());
        assertEquals("limit", e.field());
        assertEquals("not an integer", e.getMessage(Locale.ENGLISH));
        assertEquals("abc is not one of LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY",
                fails(2, CareCategory.class, "abc").getMessage(Locale.ENGLISH));
        assertEquals("not a date (expected YYYY-MM-DD)", fails(3, LocalDate.class, "1/3/2024").getMessage(Locale.ENGLISH));
        assertEquals("not true or false", fails(4, boolean.class, "yes").getMessage(Locale.ENGLISH));
        assertEquals("an empty primitive is not a value", "not true or false", fails(4, boolean.class, "").getMessage(Locale.ENGLISH));
    }

    @Test
    public void badPathValueIsA404() {
        InvalidInputException e = fails(1, long.class, "abc");
        assertEquals(404, e.status());
        assertEquals("id", e.field());
    }

    @Test
    public void leavesOtherTypesToTheRuntime() {
        assertNull(converters.getConverter(String.class, String.class, annotations(5)));
        assertNull(converters.getConverter(Integer.class, Integer.class, new Annotation[0]));
    }

    private Object convert(int index, Class<?> type, String value) {
        ParamConverter<?> converter = converters.getConverter(type, type, annotations(index));
        return converter.fromString(value);
    }

    private InvalidInputException fails(int index, Class<?> type, String value) {
        try {
            convert(index, type, value);
            fail("accepted " + value);
            return null;
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private static Annotation[] annotations(int index) {
        for (Method m : ParamConvertersTest.class.getDeclaredMethods()) {
            if (m.getName().equals("sample")) {
                return m.getParameterAnnotations()[index];
            }
        }
        throw new IllegalStateException();
    }
}
