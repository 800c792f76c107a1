package org.guanai.registry.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.net.URI;

import javax.ws.rs.core.Response;

import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class GuardianshipResourceTest {
    static {
        Http.init();
    }

    private Fakes.Guardianships guardianships;
    private GuardianshipResource resource;

    @Before
    public void setUp() {
        guardianships = new Fakes.Guardianships();
        resource = new GuardianshipResource();
        resource.divisions = new Fakes.Divisions();
        resource.guardianships = guardianships;
    }

    @Test
    public void listBuildsTheQuery() {
        resource.list("3", "4", "WEAK", "ACTIVE", "360100001", null, null);
        assertEquals(Long.valueOf(3), guardianships.query.childId);
        assertEquals(Long.valueOf(4), guardianships.query.guardianId);
        assertEquals(GuardianCapacity.WEAK, guardianships.query.capacity);
        assertEquals(Status.ACTIVE, guardianships.query.status);
        assertEquals("360100001", guardianships.query.townshipCode);
    }

    @Test
    public void badFiltersNameTheirParameter() {
        assertEquals("capacity", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, "POOR", null, null, null, null))).field);
        assertEquals("child", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list("c3", null, null, null, null, null, null))).field);
        assertEquals("guardian", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, "1.0", null, null, null, null, null))).field);
        assertEquals(0, guardianships.calls);
    }

    @Test
    public void alerts() {
        Page<PersonDTO> page = resource.alerts("360100002", "0", "20");
        assertEquals(1, page.items.size());
        assertEquals("360100002", guardianships.alertTownship);
        assertEquals(20, guardianships.alertPage.limit);

        resource.alerts("", null, null);
        assertNull(guardianships.alertTownship);
        assertEquals("limit", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.alerts(null, null, "1000"))).field);
    }

    @Test
    public void crud() {
        assertThrows(NotFoundException.class, () -> resource.get("one"));
        assertEquals(Etags.of(3), resource.get("8").getEntityTag());

        Response created = resource.create(new GuardianshipDTO(), Http.uriInfo());
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/guardianships/" + Fakes.CREATED_ID), created.getLocation());

        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("8", new GuardianshipDTO(), Http.noHeaders()));
        assertEquals(Etags.of(2), resource.update("8", new GuardianshipDTO(), Http.ifMatch("\"1\"")).getEntityTag());

        assertThrows(Etags.PreconditionRequiredException.class, () -> resource.end("8", null, Http.noHeaders()));
        assertEquals(Etags.of(4), resource.end("8", null, Http.ifMatch("\"3\"")).getEntityTag());
        assertEquals(Long.valueOf(3), guardianships.expectedVersion);
    }
}
