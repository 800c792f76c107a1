package org.guanai.health.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.guanai.health.api.TalkDTO;
import org.guanai.health.api.TalkQuery;
import org.guanai.health.api.TalkService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Maternal and child health talks (妇幼保健讲座). Talks are facts: corrected (PUT), never ended. */
@Component(service = TalkResource.class)
@GuanaiResource
@JaxrsApplicationSelect(HealthApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH})
@Path("talks")
@Produces(MediaType.APPLICATION_JSON)
public class TalkResource {
    static final String RECORD = "talk";

    @Reference
    TalkService talks;

    @GET
    @ApiResponseType(value = TalkDTO.class, page = true, summary = "List health talks")
    public Page<TalkDTO> list(@QueryParam("site") String site,
                              @QueryParam("attendee") String attendee,
                              @QueryParam("from") String from,
                              @QueryParam("to") String to,
                              @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit) {
        TalkQuery query = new TalkQuery();
        query.siteId = Params.longParam("site", site);
        query.attendeeId = Params.longParam("attendee", attendee);
        query.from = Params.dateParam("from", from);
        query.to = Params.dateParam("to", to);
        return talks.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = TalkDTO.class, summary = "Get a health talk; its ETag is its version")
    public Response get(@PathParam("id") String id) {
        TalkDTO talk = talks.get(Params.id(RECORD, id));
        return Etags.ok(talk, talk.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = TalkDTO.class, status = 201, summary = "Record a health talk")
    public Response create(TalkDTO talk, @Context UriInfo uriInfo) {
        TalkDTO created = talks.create(Params.body(talk));
        return Params.created(uriInfo, TalkResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = TalkDTO.class, summary = "Correct a health talk (If-Match required)")
    public Response update(@PathParam("id") String id, TalkDTO talk, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        TalkDTO updated = talks.update(Params.id(RECORD, id), version, Params.body(talk));
        return Etags.ok(updated, updated.version);
    }
}
