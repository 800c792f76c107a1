package org.guanai.registry.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class ServiceRecordResourceTest {
    static {
        Http.init();
    }

    private Fakes.Records records;
    private ServiceRecordResource resource;

    @Before
    public void setUp() {
        records = new Fakes.Records();
        resource = new ServiceRecordResource();
        resource.records = records;
    }

    @Test
    public void listBuildsTheQuery() {
        resource.list("1", "2", "3", "WARMTH_VISIT", "2024-01-01", "2024-12-31", "100", "100");
        assertEquals(Long.valueOf(1), records.query.personId);
        assertEquals(Long.valueOf(2), records.query.siteId);
        assertEquals(Long.valueOf(3), records.query.teamId);
        assertEquals(ServiceKind.WARMTH_VISIT, records.query.kind);
        assertEquals(LocalDate.of(2024, 1, 1), records.query.from);
        assertEquals(LocalDate.of(2024, 12, 31), records.query.to);
        assertEquals(100, records.page.offset);
    }

    @Test
    public void badDatesNameTheirParameter() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, "2024-13-01", null, null, null));
        assertEquals("from", Http.fieldError(e).field);
        e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, "31.12.2024", null, null));
        assertEquals("to", Http.fieldError(e).field);
        assertEquals(0, records.calls);
    }

    @Test
    public void badKindAndIdsNameTheirParameter() {
        assertEquals("kind", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, "visit", null, null, null, null))).field);
        assertEquals("person", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list("me", null, null, null, null, null, null, null))).field);
        assertEquals("site", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, "s", null, null, null, null, null, null))).field);
        assertEquals("team", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, "t", null, null, null, null, null))).field);
    }

    @Test
    public void createGetAndCorrect() {
        Response created = resource.create(new ServiceRecordDTO(), Http.uriInfo());
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/service-records/" + Fakes.CREATED_ID), created.getLocation());
        assertEquals(Etags.of(0), created.getEntityTag());

        assertThrows(NotFoundException.class, () -> resource.get("1/2"));
        assertEquals(Etags.of(3), resource.get("1").getEntityTag());

        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("1", new ServiceRecordDTO(), Http.noHeaders()));
        assertEquals(Etags.of(10), resource.update("1", new ServiceRecordDTO(), Http.ifMatch("\"9\"")).getEntityTag());
    }
}
