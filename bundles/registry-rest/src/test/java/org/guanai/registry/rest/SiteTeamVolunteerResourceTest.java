package org.guanai.registry.rest;

import org.guanai.testing.Http;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.net.URI;

import javax.ws.rs.core.Response;

import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerKind;
import org.guanai.rest.api.Etags;
import org.junit.Test;

public class SiteTeamVolunteerResourceTest {
    static {
        Http.init();
    }

    @Test
    public void sites() {
        Fakes.Sites sites = new Fakes.Sites();
        ServiceSiteResource resource = new ServiceSiteResource();
        resource.divisions = new Fakes.Divisions();
        resource.sites = sites;

        resource.list("360100001", "360100001001", "COMBINED", "ACTIVE", "幸福", null, null);
        assertEquals(SiteKind.COMBINED, sites.query.kind);
        assertEquals(Status.ACTIVE, sites.query.status);
        assertEquals("幸福", sites.query.namePrefix);
        assertEquals("360100001001", sites.query.villageCode);
        assertEquals("kind", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, null, "SCHOOL", null, null, null, null))).field);

        Response created = resource.create(new ServiceSiteDTO(), Http.uriInfo());
        assertEquals(201, created.getStatus());
        assertEquals(URI.create(Http.BASE + "api/v1/sites/" + Fakes.CREATED_ID), created.getLocation());
        assertThrows(NotFoundException.class, () -> resource.get(""));
        assertThrows(Etags.PreconditionRequiredException.class, () -> resource.end("2", new EndRequest(), Http.noHeaders()));
        assertEquals(Etags.of(2), resource.end("2", new EndRequest(), Http.ifMatch("1")).getEntityTag());
    }

    @Test
    public void teams() {
        Fakes.Teams teams = new Fakes.Teams();
        ServiceTeamResource resource = new ServiceTeamResource();
        resource.divisions = new Fakes.Divisions();
        resource.teams = teams;

        resource.list("360100001", "5", null, "青年", null, null);
        assertEquals("360100001", teams.query.townshipCode);
        assertEquals(Long.valueOf(5), teams.query.siteId);
        assertEquals("青年", teams.query.namePrefix);
        assertEquals("site", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, "five", null, null, null, null))).field);

        Response created = resource.create(new ServiceTeamDTO(), Http.uriInfo());
        assertEquals(URI.create(Http.BASE + "api/v1/teams/" + Fakes.CREATED_ID), created.getLocation());
        assertThrows(Etags.PreconditionRequiredException.class,
                () -> resource.update("2", new ServiceTeamDTO(), Http.noHeaders()));
        assertEquals(Etags.of(3), resource.update("2", new ServiceTeamDTO(), Http.ifMatch("\"2\"")).getEntityTag());
    }

    @Test
    public void volunteers() {
        Fakes.Volunteers volunteers = new Fakes.Volunteers();
        VolunteerResource resource = new VolunteerResource();
        resource.divisions = new Fakes.Divisions();
        resource.volunteers = volunteers;

        resource.list("4", "PROFESSIONAL_VOLUNTEER", "ENDED", "张", "360100002", null, null);
        assertEquals(Long.valueOf(4), volunteers.query.teamId);
        assertEquals(VolunteerKind.PROFESSIONAL_VOLUNTEER, volunteers.query.kind);
        assertEquals(Status.ENDED, volunteers.query.status);
        assertEquals("360100002", volunteers.query.townshipCode);
        assertEquals("kind", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list(null, "TEACHER", null, null, null, null, null))).field);
        assertEquals("team", Http.fieldError(assertThrows(ValidationException.class,
                () -> resource.list("t4", null, null, null, null, null, null))).field);

        Response created = resource.create(new VolunteerDTO(), Http.uriInfo());
        assertEquals(URI.create(Http.BASE + "api/v1/volunteers/" + Fakes.CREATED_ID), created.getLocation());
        assertEquals(Etags.of(0), created.getEntityTag());
        assertThrows(NotFoundException.class, () -> resource.get("-1"));
    }
}
