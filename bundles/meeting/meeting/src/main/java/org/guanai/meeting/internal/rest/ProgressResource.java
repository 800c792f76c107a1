package org.guanai.meeting.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.ProgressDTO;
import org.guanai.meeting.internal.spi.MeetingModule;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Progress notes on matters: written once, by whoever sees the matter (township staff too), never changed. */
@Component(service = ProgressResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MeetingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE})
@Path("progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {
    static final String RECORD = "matter progress";

    @Reference
    MatterService matters;

    @GET
    @ApiResponseType(value = ProgressDTO.class, list = true, summary = "一个事项的办理进度，最早的在前。A matter's progress notes, oldest first")
    public List<ProgressDTO> list(@Parameter(description = "事项编号（必填）。Matter id (required).", required = true, schema = @Schema(type = "integer", format = "int64"))
                                  @QueryParam("matter") String matter) {
        Long id = Params.longParam("matter", matter);
        if (id == null) {
            throw ValidationException.of("matter", "is required");
        }
        return matters.progress(id);
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = ProgressDTO.class, summary = "读取一条进度。Get a progress note", etag = true)
    public Response get(@PathParam("id") String id) {
        ProgressDTO p = matters.progressNote(Params.id(RECORD, id));
        return Etags.ok(p, p.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ProgressDTO.class, status = 201, summary = "记录事项的办理进度（事项须在办）。Add a progress note to an open matter")
    public Response create(ProgressDTO note, @Context UriInfo uriInfo) {
        ProgressDTO added = matters.addProgress(Params.body(note));
        return Params.created(uriInfo, ProgressResource.class, added.id, added, added.version);
    }
}
