package org.guanai.meeting.internal.rest;

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

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.meeting.api.MeetingDTO;
import org.guanai.meeting.api.MeetingService;
import org.guanai.meeting.internal.spi.MeetingModule;
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

/** The joint meeting's sittings: read by the module's readers, recorded by county staff and its office. */
@Component(service = MeetingResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MeetingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE})
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {
    static final String RECORD = "meeting";

    @Reference
    MeetingService meetings;

    @GET
    @ApiResponseType(value = MeetingDTO.class, page = true, summary = "列出会议，最近的在前。List meetings, latest first")
    public Page<MeetingDTO> list(@Parameter(description = "自此日（含），YYYY-MM-DD。Held on or after.", schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
                                 @Parameter(description = "至此日（含），YYYY-MM-DD。Held on or before.", schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to,
                                 @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit) {
        return meetings.list(Params.dateParam("from", from), Params.dateParam("to", to), Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = MeetingDTO.class, summary = "读取会议；ETag 即其版本。Get a meeting; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        MeetingDTO m = meetings.get(Params.id(RECORD, id));
        return Etags.ok(m, m.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = MeetingDTO.class, status = 201, summary = "登记一次会议。Record a meeting")
    public Response create(MeetingDTO meeting, @Context UriInfo uriInfo) {
        MeetingDTO created = meetings.create(Params.body(meeting));
        return Params.created(uriInfo, MeetingResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = MeetingDTO.class, summary = "更正会议记录（须 If-Match）。Correct a meeting (If-Match required)")
    public Response update(@PathParam("id") String id, MeetingDTO meeting, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        MeetingDTO updated = meetings.update(Params.id(RECORD, id), version, Params.body(meeting));
        return Etags.ok(updated, updated.version);
    }
}
