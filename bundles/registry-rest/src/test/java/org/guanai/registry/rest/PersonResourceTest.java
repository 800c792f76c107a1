package org.guanai.registry.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.Locale;

import javax.ws.rs.core.Response;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class PersonResourceTest {
    static {
        Http.init();
    }

    private Fakes.Persons persons;
    private Fakes.Timelines timelines;
    private Fakes.Guardianships guardianships;
    private PersonResource resource;

    @Before
    public void setUp() {
        persons = new Fakes.Persons();
        timelines = new Fakes.Timelines();
        guardianships = new Fakes.Guardianships();
        resource = new PersonResource();
        resource.divisions = new Fakes.Divisions();
        resource.persons = persons;
        resource.timelines = timelines;
        resource.guardianships = guardianships;
    }

    @Test
    public void listBuildsTheQuery() {
        resource.list("360100001", "360100001001", "LEFT_BEHIND_CHILD", "ENDED", "李", "PRIMARY", "9", "FEMALE", null, "10");
        assertEquals("360100001", persons.query.townshipCode);
        assertEquals("360100001001", persons.query.villageCode);
        assertEquals(CareCategory.LEFT_BEHIND_CHILD, persons.query.category);
        assertEquals(Status.ENDED, persons.query.status);
        assertEquals("李", persons.query.namePrefix);
        assertEquals(SchoolStage.PRIMARY, persons.query.schoolStage);
        assertEquals(Long.valueOf(9), persons.query.householdId);
        assertEquals(Gender.FEMALE, persons.query.gender);
        assertEquals(10, persons.page.limit);
    }

    @Test
    public void badCategoryNamesTheParameterAndTheChoices() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, "LEFT_BEHIND_X", null, null, null, null, null, null, null));
        FieldError error = Http.fieldError(e);
        assertEquals("category", error.field);
        assertTrue(error.message, error.in(Locale.ENGLISH).message.startsWith("LEFT_BEHIND_X is not one of LEFT_BEHIND_WOMAN"));
        assertEquals(0, persons.calls);
    }

    @Test
    public void eachEnumFilterNamesItsOwnParameter() {
        assertEquals("schoolStage", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, "COLLEGE", null, null, null, null))).field);
        assertEquals("gender", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, null, null, "F", null, null))).field);
        assertEquals("household", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, null, "twelve", null, null, null))).field);
        assertEquals("offset", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, null, null, null, "-5", null))).field);
    }

    @Test
    public void getAndCreate() {
        Response got = resource.get("21");
        assertEquals(Etags.of(3), got.getEntityTag());
        assertEquals(Long.valueOf(21), ((PersonDTO) got.getEntity()).id);

        Response created = resource.create(new PersonDTO(), Http.uriInfo());
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/persons/" + Fakes.CREATED_ID), created.getLocation());
        assertEquals(Etags.of(0), created.getEntityTag());
    }

    @Test
    public void updateAndEndNeedIfMatch() {
        assertThrows(Etags.PreconditionRequiredException.class, () -> resource.update("21", new PersonDTO(), Http.noHeaders()));
        assertThrows(Etags.PreconditionRequiredException.class, () -> resource.end("21", null, Http.noHeaders()));
        assertEquals(0, persons.calls);

        Response updated = resource.update("21", new PersonDTO(), Http.ifMatch("\"6\""));
        assertEquals(Long.valueOf(6), persons.expectedVersion);
        assertEquals(Etags.of(7), updated.getEntityTag());
    }

    @Test
    public void timeline() {
        assertThrows(NotFoundException.class, () -> resource.timeline("21x", null));
        assertNull(timelines.personId);
        assertEquals(21L, resource.timeline("21", null).personId);
        assertEquals(Long.valueOf(21), timelines.personId);
    }

    @Test
    public void timelineTitlesAreInTheLanguageAsked() {
        assertEquals("送温暖", resource.timeline("21", null).entries.get(0).title);
        assertEquals("送温暖", resource.timeline("21", acceptLanguage(Locale.FRENCH)).entries.get(0).title);
        org.guanai.registry.api.TimelineEntryDTO e = resource.timeline("21", acceptLanguage(Locale.UK)).entries.get(0);
        assertEquals("warmth visit", e.title);
        assertEquals("送温暖", e.titleZh);
        assertEquals("warmth visit", e.titleEn);
    }

    static javax.ws.rs.core.HttpHeaders acceptLanguage(Locale language) {
        return (javax.ws.rs.core.HttpHeaders) java.lang.reflect.Proxy.newProxyInstance(
                PersonResourceTest.class.getClassLoader(), new Class<?>[] {javax.ws.rs.core.HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getAcceptableLanguages")
                        ? java.util.List.of(language) : null);
    }

    @Test
    public void guardianshipsOfAChild() {
        resource.guardianships("21", "ACTIVE", "0", "5");
        assertEquals(Long.valueOf(21), guardianships.query.childId);
        assertEquals(Status.ACTIVE, guardianships.query.status);
        assertNull(guardianships.query.guardianId);
        assertEquals(5, guardianships.page.limit);
    }

    @Test
    public void guardianshipsOfAnUnknownPersonIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> resource.guardianships(String.valueOf(Fakes.MISSING), null, null, null));
        assertThrows(NotFoundException.class, () -> resource.guardianships("abc", null, null, null));
        assertEquals(0, guardianships.calls);
    }
}
