package org.guanai.registry.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.net.URI;

import javax.ws.rs.core.Response;

import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class HouseholdResourceTest {
    static {
        Http.init();
    }

    private Fakes.Households households;
    private HouseholdResource resource;

    @Before
    public void setUp() {
        households = new Fakes.Households();
        resource = new HouseholdResource();
        resource.divisions = new Fakes.Divisions();
        resource.households = households;
    }

    @Test
    public void listBuildsTheQuery() {
        resource.list(" 360100001 ", "360100001001", "ACTIVE", "true", "王", "50", "25");
        assertEquals("360100001", households.query.townshipCode);
        assertEquals("360100001001", households.query.villageCode);
        assertEquals(Status.ACTIVE, households.query.status);
        assertEquals(Boolean.TRUE, households.query.hardship);
        assertEquals("王", households.query.namePrefix);
        assertEquals(50, households.page.offset);
        assertEquals(25, households.page.limit);
    }

    @Test
    public void listWithoutParametersFiltersNothing() {
        resource.list(null, null, null, null, null, null, null);
        assertNull(households.query.townshipCode);
        assertNull(households.query.status);
        assertNull(households.query.hardship);
        assertEquals(0, households.page.offset);
    }

    @Test
    public void badFiltersNameTheirParameter() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, "CLOSED", null, null, null, null));
        assertEquals("status", Http.fieldError(e).field);
        e = assertThrows(ValidationException.class, () -> resource.list(null, null, null, "1", null, null, null));
        assertEquals("hardship", Http.fieldError(e).field);
        e = assertThrows(ValidationException.class, () -> resource.list(null, null, null, null, null, null, "many"));
        assertEquals("limit", Http.fieldError(e).field);
        assertEquals(0, households.calls);
    }

    @Test
    public void getSendsTheVersionAsETag() {
        Response response = resource.get("12");
        assertEquals(200, response.getStatus());
        assertEquals(Etags.of(3), response.getEntityTag());
        assertEquals(Long.valueOf(12), ((HouseholdDTO) response.getEntity()).id);
    }

    @Test
    public void nonNumericIdIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> resource.get("abc"));
        assertEquals("household", e.recordType());
        assertEquals("abc", e.key());
        assertEquals(0, households.calls);
    }

    @Test
    public void unknownIdIsTheServicesNotFound() {
        assertThrows(NotFoundException.class, () -> resource.get(String.valueOf(Fakes.MISSING)));
    }

    @Test
    public void createIs201WithLocationAndETag() {
        HouseholdDTO body = new HouseholdDTO();
        Response response = resource.create(body, Http.uriInfo());
        assertEquals(201, response.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/households/" + Fakes.CREATED_ID), response.getLocation());
        assertEquals(Etags.of(0), response.getEntityTag());
        assertSame(body, households.body);
        assertEquals(Long.valueOf(Fakes.CREATED_ID), ((HouseholdDTO) response.getEntity()).id);
    }

    @Test
    public void createWithoutBodyIsAValidationError() {
        ValidationException e = assertThrows(ValidationException.class, () -> resource.create(null, Http.uriInfo()));
        assertEquals("body", Http.fieldError(e).field);
        assertEquals(0, households.calls);
    }

    @Test
    public void updateWithoutIfMatchIs428BeforeAnythingElse() {
        // Even a bad id and a missing body: If-Match is checked first.
        assertThrows(Etags.PreconditionRequiredException.class, () -> resource.update("abc", null, Http.noHeaders()));
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("12", new HouseholdDTO(), Http.ifMatch(" ")));
        assertEquals(0, households.calls);
    }

    @Test
    public void updateWithMalformedIfMatchIs400() {
        assertThrows(Etags.IllegalIfMatchException.class,
                () -> resource.update("12", new HouseholdDTO(), Http.ifMatch("\"abc\"")));
        assertEquals(0, households.calls);
    }

    @Test
    public void updatePassesTheIfMatchVersionAndSendsTheNewETag() {
        HouseholdDTO body = new HouseholdDTO();
        Response response = resource.update("12", body, Http.ifMatch("\"4\""));
        assertEquals(200, response.getStatus());
        assertEquals(Long.valueOf(12), households.id);
        assertEquals(Long.valueOf(4), households.expectedVersion);
        assertSame(body, households.body);
        assertEquals(Etags.of(5), response.getEntityTag());
    }

    @Test
    public void updateWithIfMatchButNonNumericIdIsNotFound() {
        assertThrows(NotFoundException.class, () -> resource.update("x", new HouseholdDTO(), Http.ifMatch("\"4\"")));
        assertEquals(0, households.calls);
    }

    @Test
    public void endRequiresIfMatch() {
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.end("12", new EndRequest(), Http.noHeaders()));
        assertEquals(0, households.calls);
    }

    @Test
    public void endPassesTheRequestOrAnEmptyOne() {
        EndRequest end = new EndRequest(null, EndReason.MOVED_AWAY, "moved to the city");
        Response response = resource.end("12", end, Http.ifMatch("\"2\""));
        assertSame(end, households.end);
        assertEquals(Long.valueOf(2), households.expectedVersion);
        assertEquals(Etags.of(3), response.getEntityTag());

        resource.end("12", null, Http.ifMatch("2"));
        assertNotNull(households.end);
    }

    @Test
    public void aWeakETagNeverMatches() {
        assertThrows(Etags.IllegalIfMatchException.class,
                () -> resource.end("12", new EndRequest(), Http.ifMatch("W/\"2\"")));
        assertEquals(0, households.calls);
    }
}
