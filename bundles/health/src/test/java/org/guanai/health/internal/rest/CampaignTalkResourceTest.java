package org.guanai.health.internal.rest;

import org.guanai.testing.Http;
import static org.guanai.health.internal.rest.CheckResourceTest.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.net.URI;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.TalkDTO;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.junit.Before;
import org.junit.Test;

public class CampaignTalkResourceTest {
    static final String APP = HealthApplication.BASE + "/";

    static {
        Http.init();
    }

    private Fakes.Campaigns campaigns;
    private CampaignResource campaignResource;
    private Fakes.Talks talks;
    private TalkResource talkResource;

    @Before
    public void setUp() {
        campaigns = new Fakes.Campaigns();
        campaignResource = new CampaignResource();
        campaignResource.divisions = new org.guanai.health.internal.testing.FakeRegistry.Divisions();
        campaignResource.campaigns = campaigns;
        talks = new Fakes.Talks();
        talkResource = new TalkResource();
        talkResource.talks = talks;
    }

    @Test
    public void campaignListBuildsTheQuery() {
        campaignResource.list("2026", "TWO_CANCERS", "430621100", "ENDED", null, null);
        assertEquals(Integer.valueOf(2026), campaigns.query.year);
        assertEquals(CampaignKind.TWO_CANCERS, campaigns.query.kind);
        assertEquals("430621100", campaigns.query.townshipCode);
        assertEquals(Status.ENDED, campaigns.query.status);
    }

    @Test
    public void badCampaignParametersAreNamed() {
        ValidationException kind = assertThrows(ValidationException.class,
                () -> campaignResource.list(null, "two_cancers", null, null, null, null));
        assertEquals("kind", only(kind).field);
        assertEquals("two_cancers is not one of GYNAECOLOGICAL, TWO_CANCERS, GENERAL",
                only(kind).in(java.util.Locale.ENGLISH).message);
        assertEquals("status", only(assertThrows(ValidationException.class,
                () -> campaignResource.list(null, null, null, "OPEN", null, null))).field);
        assertEquals("year", only(assertThrows(ValidationException.class,
                () -> campaignResource.list("26", null, null, null, null, null))).field);
        assertEquals(0, campaigns.calls);
    }

    @Test
    public void campaignCreateGetUpdateAndEnd() {
        Response created = campaignResource.create(new CampaignDTO(), Http.uriInfo(APP));
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/health/campaigns/" + Fakes.CREATED_ID), created.getLocation());
        assertEquals(Etags.of(0), created.getEntityTag());
        assertEquals("body", only(assertThrows(ValidationException.class,
                () -> campaignResource.create(null, Http.uriInfo(APP)))).field);

        assertEquals(Etags.of(3), campaignResource.get("4").getEntityTag());
        assertThrows(NotFoundException.class, () -> campaignResource.get("four"));

        assertThrows(Etags.PreconditionRequiredException.class,
                () -> campaignResource.update("4", new CampaignDTO(), Http.noHeaders()));
        assertEquals(Etags.of(6), campaignResource.update("4", new CampaignDTO(), Http.ifMatch("\"5\"")).getEntityTag());

        assertThrows(Etags.PreconditionRequiredException.class,
                () -> campaignResource.end("4", new EndRequest(), Http.noHeaders()));
        Response ended = campaignResource.end("4", null, Http.ifMatch("\"6\""));
        assertEquals(Etags.of(7), ended.getEntityTag());
        assertNotNull("an empty end request is the service's to default", campaigns.end);
        EndRequest given = new EndRequest(LocalDate.of(2026, 5, 1), null, "done");
        campaignResource.end("4", given, Http.ifMatch("\"7\""));
        assertSame(given, campaigns.end);
    }

    @Test
    public void talkListAndWrites() {
        talkResource.list("3", "12", "2026-01-01", "2026-06-30", "5", "10");
        assertEquals(Long.valueOf(3), talks.query.siteId);
        assertEquals(Long.valueOf(12), talks.query.attendeeId);
        assertEquals(LocalDate.of(2026, 1, 1), talks.query.from);
        assertEquals(LocalDate.of(2026, 6, 30), talks.query.to);
        assertEquals("from", only(assertThrows(ValidationException.class,
                () -> talkResource.list(null, null, "2026-13-01", null, null, null))).field);
        assertEquals("attendee", only(assertThrows(ValidationException.class,
                () -> talkResource.list(null, "me", null, null, null, null))).field);

        Response created = talkResource.create(new TalkDTO(), Http.uriInfo(APP));
        assertEquals(URI.create(Http.BASE + "api/v1/health/talks/" + Fakes.CREATED_ID), created.getLocation());
        assertThrows(NotFoundException.class, () -> talkResource.get("1/2"));
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> talkResource.update("1", new TalkDTO(), Http.noHeaders()));
        assertEquals(Etags.of(2), talkResource.update("1", new TalkDTO(), Http.ifMatch("1")).getEntityTag());
    }
}
