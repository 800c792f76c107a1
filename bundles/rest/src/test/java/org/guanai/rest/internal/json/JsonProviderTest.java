package org.guanai.rest.internal.json;

import java.util.Locale;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.type.TypeReference;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.PersonDTO;
import org.guanai.rest.internal.InvalidInputException;
import org.junit.Test;

public class JsonProviderTest {
    private final JsonProvider provider = new JsonProvider();

    @Test
    public void readsAValidPerson() {
        PersonDTO p = (PersonDTO) provider.read(PersonDTO.class, body(
                "{\"name\":\"王秀英\",\"birthDate\":\"1958-03-02\",\"categories\":[\"LEFT_BEHIND_ELDERLY\"]}"));
        assertEquals("王秀英", p.name);
        assertEquals(LocalDate.of(1958, 3, 2), p.birthDate);
        assertTrue(p.categories.contains(CareCategory.LEFT_BEHIND_ELDERLY));
    }

    @Test
    public void unknownFieldIsNamed() {
        InvalidInputException e = readFails(PersonDTO.class, "{\"name\":\"a\",\"nickname\":\"b\"}");
        assertEquals(400, e.status());
        assertEquals("nickname", e.field());
        assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).startsWith("unknown field"));
        assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).contains("birthDate"));
    }

    @Test
    public void badEnumInAListIsNamedWithItsIndex() {
        InvalidInputException e = readFails(PersonDTO.class, "{\"categories\":[\"LEFT_BEHIND_MAN\"]}");
        assertEquals("categories[0]", e.field());
        assertEquals("LEFT_BEHIND_MAN is not one of LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD, LEFT_BEHIND_ELDERLY",
                e.getMessage(Locale.ENGLISH));
    }

    @Test
    public void numberForAnEnumIsRefused() {
        InvalidInputException e = readFails(PersonDTO.class, "{\"gender\":1}");
        assertEquals("gender", e.field());
        assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).startsWith("1 is not one of "));
    }

    @Test
    public void badDate() {
        InvalidInputException e = readFails(PersonDTO.class, "{\"birthDate\":\"02/03/1958\"}");
        assertEquals("birthDate", e.field());
        assertEquals("not a date (expected YYYY-MM-DD)", e.getMessage(Locale.ENGLISH));
    }

    @Test
    public void wrongTypesAreNamedNotCoerced() {
        assertField("name", "not a string", readFails(PersonDTO.class, "{\"name\":{}}"));
        assertField("householdId", "not an integer", readFails(PersonDTO.class, "{\"householdId\":\"12\"}"));
        assertField("householdId", "not an integer", readFails(PersonDTO.class, "{\"householdId\":1.5}"));
        assertField("categories", "not an array", readFails(PersonDTO.class, "{\"categories\":\"x\"}"));
    }

    @Test
    public void nullForAPrimitiveIsRefused() {
        assertField("version", "must not be null", readFails(PersonDTO.class, "{\"version\":null}"));
    }

    @Test
    public void numberOutOfRangeIsNamed() {
        assertField("householdId", "number out of range",
                readFails(PersonDTO.class, "{\"householdId\":99999999999999999999}"));
    }

    @Test
    public void wrongShapeOfTheWholeBodyIsMalformed() {
        InvalidInputException e = readFails(PersonDTO.class, "[]");
        assertNull(e.field());
        assertEquals("request body: not an object", e.getMessage(Locale.ENGLISH));
    }

    @Test
    public void nestedPathsAreDotted() {
        Type type = new TypeReference<List<PersonDTO>>() { }.getType();
        assertField("[1].birthDate", "not a date (expected YYYY-MM-DD)",
                readFails(type, "[{}, {\"birthDate\":\"soon\"}]"));
    }

    @Test
    public void syntaxErrorGivesLineAndColumnButNoField() {
        InvalidInputException e = readFails(PersonDTO.class, "{\n  \"name\": \"a\",\n  x\n}");
        assertNull(e.field());
        assertEquals("malformed JSON at line 3, column 3", e.getMessage(Locale.ENGLISH));
    }

    @Test
    public void duplicateKeysAreMalformed() {
        InvalidInputException e = readFails(PersonDTO.class, "{\"name\":\"a\",\"name\":\"b\"}");
        assertNull(e.field());
        assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).startsWith("malformed JSON"));
    }

    @Test
    public void trailingContentIsMalformed() {
        InvalidInputException e = readFails(PersonDTO.class, "{\"name\":\"a\"} {}");
        assertTrue(e.getMessage(Locale.ENGLISH), e.getMessage(Locale.ENGLISH).startsWith("unexpected content after the JSON value"));
    }

    @Test
    public void emptyBlankOrNullBodyIsRequired() {
        for (String empty : new String[] {"", "  \n ", "null"}) {
            InvalidInputException e = readFails(PersonDTO.class, empty);
            assertEquals("request body is required", e.getMessage(Locale.ENGLISH));
            assertNull(e.field());
        }
        try {
            provider.read(PersonDTO.class, null);
            fail();
        } catch (InvalidInputException e) {
            assertEquals("request body is required", e.getMessage(Locale.ENGLISH));
        }
    }

    @Test
    public void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        for (Type type : new Type[] {Object.class, List.class, PersonDTO.class,
            com.fasterxml.jackson.databind.JsonNode.class}) {
            InvalidInputException e = readFails(type, deep);
            assertEquals(400, e.status());
            assertNull(e.field());
        }
        assertEquals("JSON nested too deeply (at most 64 levels)", readFails(Object.class, deep).getMessage(Locale.ENGLISH));
    }

    @Test
    public void longNumbersAndStringsAreRefused() {
        assertTrue(readFails(Object.class, "[" + "1".repeat(60) + "]").getMessage(Locale.ENGLISH).contains("number is too long"));
        assertTrue(readFails(Object.class, "\"" + "x".repeat(1_000_001) + "\"").getMessage(Locale.ENGLISH)
                .contains("string is too long"));
    }

    @Test
    public void bodiesOverTenMebibytesAre413() {
        String big = "[" + " ".repeat(11 * 1024 * 1024) + "]";
        InvalidInputException e = readFails(Object.class, big);
        assertEquals(413, e.status());
        assertEquals("request body exceeds 10 MiB", e.getMessage(Locale.ENGLISH));
    }

    @Test
    public void writesIsoDatesAndKeepsNulls() throws IOException {
        PersonDTO p = new PersonDTO();
        p.name = "李";
        p.birthDate = LocalDate.of(2015, 6, 1);
        String json = write(p);
        assertTrue(json, json.contains("\"birthDate\":\"2015-06-01\""));
        assertTrue(json, json.contains("\"phone\":null"));
        assertTrue(write(List.of(Instant.parse("2024-05-01T08:30:00Z"))).contains("\"2024-05-01T08:30:00Z\""));
    }

    @Test
    public void handlesJsonAndPlusJsonButNotPlainTextOrStrings() {
        MediaType problem = MediaType.valueOf("application/problem+json");
        assertTrue(provider.isWriteable(PersonDTO.class, PersonDTO.class, null, problem));
        assertTrue(provider.isReadable(PersonDTO.class, PersonDTO.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(provider.isWriteable(PersonDTO.class, PersonDTO.class, null, MediaType.TEXT_PLAIN_TYPE));
        assertFalse(provider.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(provider.isReadable(InputStream.class, InputStream.class, null, MediaType.APPLICATION_JSON_TYPE));
    }

    /** Issue 9, finding 9: {@code Content-Type: *}{@code /*} was read as JSON. */
    @Test
    public void onlyABodyThatSaysItIsJsonIsReadAsJson() {
        assertTrue(provider.isReadable(PersonDTO.class, PersonDTO.class, null,
                MediaType.valueOf("application/json; charset=UTF-8")));
        assertTrue(provider.isReadable(PersonDTO.class, PersonDTO.class, null, MediaType.valueOf("application/merge-patch+json")));
        for (String wildcard : List.of("*/*", "application/*")) {
            assertFalse(wildcard, provider.isReadable(PersonDTO.class, PersonDTO.class, null, MediaType.valueOf(wildcard)));
        }
        assertFalse(provider.isReadable(PersonDTO.class, PersonDTO.class, null, null));
        assertTrue("any Accept may get JSON", provider.isWriteable(PersonDTO.class, PersonDTO.class, null,
                MediaType.WILDCARD_TYPE));
        // the runtime may hand a wildcard request on as the method's type: the request's own header decides
        for (String declared : new String[] {"*/*", "application/*", null, "not a type"}) {
            javax.ws.rs.core.MultivaluedMap<String, String> headers = new javax.ws.rs.core.MultivaluedHashMap<>();
            if (declared != null) {
                headers.putSingle("Content-Type", declared);
            }
            try {
                provider.readFrom(Object.class, PersonDTO.class, null, MediaType.APPLICATION_JSON_TYPE, headers,
                        body("{\"name\":\"a\"}"));
                fail("read a body declared " + declared);
            } catch (javax.ws.rs.NotSupportedException e) {
                assertEquals(415, e.getResponse().getStatus());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Issue 9, finding 9: {@code "headName": true} was stored as "true". */
    @Test
    public void aStringFieldTakesOnlyAJsonString() {
        assertField("name", "not a string", readFails(PersonDTO.class, "{\"name\":true}"));
        assertField("name", "not a string", readFails(PersonDTO.class, "{\"name\":12}"));
        assertField("name", "not a string", readFails(PersonDTO.class, "{\"name\":1.5}"));
        assertField("notes", "not a string", readFails(PersonDTO.class, "{\"notes\":false}"));
        assertEquals("12", ((PersonDTO) provider.read(PersonDTO.class, body("{\"name\":\"12\"}"))).name);
    }

    /** Issue 9, finding 9: a lone surrogate was stored. */
    @Test
    public void textMustBeValidUnicode() {
        assertField("name", "not valid Unicode text (a lone surrogate)",
                readFails(PersonDTO.class, "{\"name\":\"a\\ud800b\"}"));
        assertField("name", "not valid Unicode text (a lone surrogate)",
                readFails(PersonDTO.class, "{\"name\":\"\\udc00\"}"));
        byte[] cesu = "{\"name\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8);
        byte[] raw = new byte[cesu.length + 2];
        int at = new String(cesu, StandardCharsets.UTF_8).indexOf('\u0000');
        System.arraycopy(cesu, 0, raw, 0, at);
        raw[at] = (byte) 0xED;
        raw[at + 1] = (byte) 0xA0;
        raw[at + 2] = (byte) 0x80;
        System.arraycopy(cesu, at + 1, raw, at + 3, cesu.length - at - 1);
        try {
            provider.read(PersonDTO.class, new ByteArrayInputStream(raw));
            fail("a surrogate encoded in UTF-8 bytes was accepted");
        } catch (InvalidInputException e) {
            assertEquals(400, e.status());
        }
        assertEquals("王秀英 😀", ((PersonDTO) provider.read(PersonDTO.class,
                body("{\"name\":\"王秀英 \\ud83d\\ude00\"}"))).name);
        List<String> list = provider.mapper().convertValue(List.of("a"), new TypeReference<List<String>>() { });
        assertEquals(List.of("a"), list);
    }

    private String write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(value, value.getClass(), value.getClass(), null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private InvalidInputException readFails(Type type, String json) {
        try {
            provider.read(type, body(json));
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted " + json);
    }

    private static void assertField(String field, String message, InvalidInputException e) {
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage(Locale.ENGLISH));
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
