package org.guanai.health.internal.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class CheckResourceTest {
    static {
        Http.init();
    }

    private static final SecurityContext HEALTH = Http.roles("health");
    private static final SecurityContext ADMIN = Http.roles("admin", "staff");
    private static final SecurityContext STAFF = Http.roles("staff", "viewer");

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
    public void listBuildsTheQueryAndAsksForResultsOnlyForHealthStaff() {
        resource.list("12", "3", "2026", "REFERRED", " 430621100 ", "10", "20", HEALTH);
        assertEquals(Long.valueOf(12), checks.query.personId);
        assertEquals(Long.valueOf(3), checks.query.campaignId);
        assertEquals(Integer.valueOf(2026), checks.query.year);
        assertEquals(CheckResult.REFERRED, checks.query.result);
        assertEquals("430621100", checks.query.townshipCode);
        assertEquals(10, checks.page.offset);
        assertEquals(20, checks.page.limit);
        assertTrue(checks.withResults);

        resource.list(null, null, null, "REFERRED", null, null, null, ADMIN);
        assertTrue(checks.withResults);
        resource.list(null, null, null, "REFERRED", null, null, null, STAFF);
        assertFalse("the service ignores the result filter then", checks.withResults);
        resource.list(null, null, null, null, null, null, null, null);
        assertFalse(checks.withResults);
    }

    @Test
    public void badParametersAreNamed() {
        assertEquals("result", only(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, "abnormal", null, null, null, HEALTH))).field);
        assertEquals("person", only(assertThrows(ValidationException.class,
                () -> resource.list("her", null, null, null, null, null, null, HEALTH))).field);
        assertEquals("campaign", only(assertThrows(ValidationException.class,
                () -> resource.list(null, "-1", null, null, null, null, null, HEALTH))).field);
        assertEquals("year", only(assertThrows(ValidationException.class,
                () -> resource.list(null, null, "twenty", null, null, null, null, HEALTH))).field);
        assertEquals("limit", only(assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, null, null, null, "501", HEALTH))).field);
        assertEquals(0, checks.calls);
    }

    @Test
    public void resultFilterIsTrimmedAndNamesTheAllowedValues() {
        resource.list(null, null, null, " REFERRED ", null, null, null, HEALTH);
        assertEquals(CheckResult.REFERRED, checks.query.result);
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.list(null, null, null, "referred", null, null, null, HEALTH));
        assertEquals("result", only(e).field);
        assertEquals("referred is not one of NORMAL, ABNORMAL, REFERRED", only(e).message);
    }

    @Test
    public void getWithholdsTheOutcomeFromOthers() {
        CheckRecordDTO shown = (CheckRecordDTO) resource.get("5", HEALTH).getEntity();
        assertEquals(CheckResult.ABNORMAL, shown.result);
        assertFalse(shown.outcomeHidden);

        Response hidden = resource.get("5", STAFF);
        assertEquals(Etags.of(3), hidden.getEntityTag());
        CheckRecordDTO body = (CheckRecordDTO) hidden.getEntity();
        assertTrue(body.outcomeHidden);
        assertNull(body.result);
        assertNull(body.findings);
        assertNull(body.followUpDue);
    }

    @Test
    public void nonNumericIdsAreNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> resource.get("abc", HEALTH));
        assertEquals("check", e.recordType());
        assertThrows(NotFoundException.class, () -> resource.get("1.5", HEALTH));
        assertThrows(NotFoundException.class, () -> resource.get(String.valueOf(Fakes.MISSING), HEALTH));
        assertThrows(NotFoundException.class,
                () -> resource.update("x", new CheckRecordDTO(), Http.ifMatch("\"1\""), HEALTH));
    }

    @Test
    public void healthStaffRecordChecks() {
        CheckRecordDTO in = new CheckRecordDTO();
        in.result = CheckResult.NORMAL;
        Response created = resource.create(in, Http.uriInfo(), HEALTH);
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/health/checks/" + Fakes.CREATED_ID), created.getLocation());
        assertEquals(Etags.of(0), created.getEntityTag());
        assertSame(in, checks.body);
    }

    @Test
    public void othersCannotRecordChecksSinceEveryCheckHasAResult() {
        CheckRecordDTO in = new CheckRecordDTO();
        in.result = CheckResult.NORMAL;
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> resource.create(in, Http.uriInfo(), STAFF));
        assertEquals(403, e.getResponse().getStatus());
        assertEquals("recording or changing a health result needs the health role", e.getMessage());
        assertThrows(ForbiddenException.class, () -> resource.create(new CheckRecordDTO(), Http.uriInfo(), STAFF));
        assertThrows(ForbiddenException.class, () -> resource.create(in, Http.uriInfo(), null));
        assertEquals(0, checks.writes);
        assertEquals("body", only(assertThrows(ValidationException.class,
                () -> resource.create(null, Http.uriInfo(), HEALTH))).field);
    }

    @Test
    public void updatesNeedIfMatchFirst() {
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("1", new CheckRecordDTO(), Http.noHeaders(), HEALTH));
        // If-Match is checked before the id, the body and the role.
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("x", null, Http.noHeaders(), STAFF));
        assertThrows(Etags.IllegalIfMatchException.class,
                () -> resource.update("1", new CheckRecordDTO(), Http.ifMatch("W/\"1\""), HEALTH));
        assertEquals(0, checks.calls);

        CheckRecordDTO in = new CheckRecordDTO();
        in.result = CheckResult.REFERRED;
        Response updated = resource.update("1", in, Http.ifMatch("\"9\""), HEALTH);
        assertEquals(Etags.of(10), updated.getEntityTag());
        assertEquals(Long.valueOf(9), checks.expectedVersion);
        assertSame(in, checks.body);
        assertEquals(CheckResult.ABNORMAL, ((CheckRecordDTO) updated.getEntity()).result);
    }

    @Test
    public void othersWritingAnOutcomeField() {
        for (CheckRecordDTO in : outcomeWrites()) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> resource.update("1", in, Http.ifMatch("\"2\""), STAFF));
            assertEquals(403, e.getResponse().getStatus());
            assertEquals(HealthRoles.OUTCOME_WRITE_REFUSED, e.getMessage());
        }
        assertEquals(0, checks.writes);
    }

    @Test
    public void othersCorrectingOtherFieldsKeepTheStoredOutcomeAndDoNotSeeIt() {
        CheckRecordDTO in = new CheckRecordDTO();
        in.personId = 12L;
        in.checkedOn = LocalDate.of(2026, 3, 4);
        in.outcomeHidden = true;
        Response updated = resource.update("1", in, Http.ifMatch("\"2\""), STAFF);

        CheckRecordDTO sent = (CheckRecordDTO) checks.body;
        assertEquals(CheckResult.ABNORMAL, sent.result);
        assertEquals(Fakes.STORED_FINDINGS, sent.findings);
        assertEquals(LocalDate.of(2026, 4, 3), sent.followUpDue);
        assertEquals(LocalDate.of(2026, 3, 4), sent.checkedOn);
        assertEquals(Long.valueOf(2), checks.expectedVersion);

        CheckRecordDTO body = (CheckRecordDTO) updated.getEntity();
        assertEquals(Etags.of(3), updated.getEntityTag());
        assertTrue(body.outcomeHidden);
        assertNull(body.result);
        assertNull(body.findings);
    }

    private static CheckRecordDTO[] outcomeWrites() {
        CheckRecordDTO result = new CheckRecordDTO();
        result.result = CheckResult.NORMAL;
        CheckRecordDTO findings = new CheckRecordDTO();
        findings.findings = "x";
        CheckRecordDTO referral = new CheckRecordDTO();
        referral.referralTarget = "医院";
        CheckRecordDTO due = new CheckRecordDTO();
        due.followUpDue = LocalDate.of(2026, 1, 1);
        CheckRecordDTO done = new CheckRecordDTO();
        done.followedUpOn = LocalDate.of(2026, 1, 1);
        CheckRecordDTO outcome = new CheckRecordDTO();
        outcome.followUpOutcome = "好";
        return new CheckRecordDTO[] {result, findings, referral, due, done, outcome};
    }

    static org.guanai.registry.api.FieldError only(ValidationException e) {
        assertEquals(e.errors().toString(), 1, e.errors().size());
        return e.errors().get(0);
    }
}
