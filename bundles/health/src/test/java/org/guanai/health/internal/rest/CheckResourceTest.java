package org.guanai.health.internal.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.net.URI;

import javax.ws.rs.core.Response;

import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class CheckResourceTest {
    static final String APP = HealthApplication.BASE + "/";

    static {
        Http.init();
    }


    private Fakes.Checks checks;
    private CheckResource resource;

    @Before
    public void setUp() {
        checks = new Fakes.Checks();
        resource = new CheckResource();
        resource.checks = checks;
        resource.divisions = new org.guanai.health.internal.testing.FakeRegistry.Divisions();
    }

    @Test
    public void listBuildsTheQuery() {
        resource.list("12", "3", "2026", "REFERRED", " 430621100 ", "10", "20");
        assertEquals(Long.valueOf(12), checks.query.personId);
        assertEquals(Long.valueOf(3), checks.query.campaignId);
        assertEquals(Integer.valueOf(2026), checks.query.year);
        assertEquals(CheckResult.REFERRED, checks.query.result);
        assertEquals("430621100", checks.query.townshipCode);
        assertEquals(10, checks.page.offset);
        assertEquals(20, checks.page.limit);
    }

    @Test
    public void badParametersAreNamed() {
        assertEquals("result", only(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, "abnormal", null, null, null))).field);
        assertEquals("person", only(assertThrows(ValidationException.class,
                () -> resource.list("her", null, null, null, null, null, null))).field);
        assertEquals("campaign", only(assertThrows(ValidationException.class,
                () -> resource.list(null, "-1", null, null, null, null, null))).field);
        assertEquals("year", only(assertThrows(ValidationException.class,
                () -> resource.list(null, null, "twenty", null, null, null, null))).field);
        assertEquals("limit", only(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, null, "501"))).field);
        assertEquals(0, checks.calls);
    }

    @Test
    public void resultFilterIsTrimmedAndNamesTheAllowedValues() {
        resource.list(null, null, null, " REFERRED ", null, null, null);
        assertEquals(CheckResult.REFERRED, checks.query.result);
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, "referred", null, null, null));
        assertEquals("result", only(e).field);
        assertEquals("referred is not one of NORMAL, ABNORMAL, REFERRED", only(e).in(java.util.Locale.ENGLISH).message);
    }

    @Test
    public void nonNumericIdsAreNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> resource.get("abc"));
        assertEquals("check", e.recordType());
        assertThrows(NotFoundException.class, () -> resource.get("1.5"));
        assertThrows(NotFoundException.class, () -> resource.get(String.valueOf(Fakes.MISSING)));
        assertThrows(NotFoundException.class,
                () -> resource.update("x", new CheckRecordDTO(), Http.ifMatch("\"1\"")));
    }

    @Test
    public void healthStaffRecordChecks() {
        CheckRecordDTO in = new CheckRecordDTO();
        in.result = CheckResult.NORMAL;
        Response created = resource.create(in, Http.uriInfo(APP));
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/health/checks/" + Fakes.CREATED_ID), created.getLocation());
        assertEquals(Etags.of(0), created.getEntityTag());
        assertSame(in, checks.body);
    }

    @Test
    public void updatesNeedIfMatchFirst() {
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("1", new CheckRecordDTO(), Http.noHeaders()));
        // If-Match is checked before the id, the body and the role.
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("x", null, Http.noHeaders()));
        assertThrows(Etags.IllegalIfMatchException.class,
                () -> resource.update("1", new CheckRecordDTO(), Http.ifMatch("W/\"1\"")));
        assertEquals(0, checks.calls);

        CheckRecordDTO in = new CheckRecordDTO();
        in.result = CheckResult.REFERRED;
        Response updated = resource.update("1", in, Http.ifMatch("\"9\""));
        assertEquals(Etags.of(10), updated.getEntityTag());
        assertEquals(Long.valueOf(9), checks.expectedVersion);
        assertSame(in, checks.body);
        assertEquals(CheckResult.ABNORMAL, ((CheckRecordDTO) updated.getEntity()).result);
    }

    static org.guanai.registry.api.FieldError only(ValidationException e) {
        assertEquals(e.errors().toString(), 1, e.errors().size());
        return e.errors().get(0);
    }
}
