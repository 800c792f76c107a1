package org.guanai.registry.rest;

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
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.TeamQuery;
import org.guanai.registry.api.VolunteerDTO;
import org.guanai.registry.api.VolunteerKind;
import org.guanai.registry.api.VolunteerService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Staff and volunteers of the service teams. */
@Component(service = VolunteerResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/volunteers")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {
    static final String RECORD = "volunteer";

    @Reference
    DivisionService divisions;

    @Reference
    VolunteerService volunteers;

    @GET
    @ApiResponseType(value = VolunteerDTO.class, page = true, summary = "列出工作人员和志愿者。List staff and volunteers")
    public Page<VolunteerDTO> list(@Parameter(description = "服务队伍编号。Service team id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                   @QueryParam("team") String team,
                                   @Parameter(description = "人员类型。Kind of staff or volunteer.", schema = @Schema(implementation = VolunteerKind.class))
                                   @QueryParam("kind") String kind,
                                   @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                   @QueryParam("status") String status,
                                   @Parameter(description = "姓名前缀。Name prefix.")
                                   @QueryParam("name") String name,
                                   @QueryParam("township") String township,
                                   @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        TeamQuery query = new TeamQuery();
        query.teamId = Params.longParam("team", team);
        query.kind = Params.enumParam(VolunteerKind.class, "kind", kind);
        query.status = Params.enumParam(Status.class, "status", status);
        query.namePrefix = Params.text(name);
        query.townshipCode = divisions.townshipCode("township", township);
        return volunteers.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = VolunteerDTO.class, summary = "读取志愿者；ETag 即其版本。Get a volunteer; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        VolunteerDTO volunteer = volunteers.get(Params.id(RECORD, id));
        return Etags.ok(volunteer, volunteer.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = VolunteerDTO.class, status = 201, summary = "登记工作人员或志愿者。Register a staff member or volunteer")
    public Response create(VolunteerDTO volunteer, @Context UriInfo uriInfo) {
        VolunteerDTO created = volunteers.create(Params.body(volunteer));
        return Params.created(uriInfo, VolunteerResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = VolunteerDTO.class, summary = "整体替换志愿者记录（须 If-Match）。Replace a volunteer's record (If-Match required)")
    public Response update(@PathParam("id") String id, VolunteerDTO volunteer, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        VolunteerDTO updated = volunteers.update(Params.id(RECORD, id), version, Params.body(volunteer));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = VolunteerDTO.class, summary = "结束志愿者的服务（须 If-Match）。End a volunteer's service (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        VolunteerDTO ended = volunteers.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
