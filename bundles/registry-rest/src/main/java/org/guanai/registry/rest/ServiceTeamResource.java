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
import org.guanai.registry.api.ServiceTeamDTO;
import org.guanai.registry.api.ServiceTeamService;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.TeamQuery;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service teams of a site or a township. */
@Component(service = ServiceTeamResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/teams")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTeamResource {
    static final String RECORD = "team";

    @Reference
    DivisionService divisions;

    @Reference
    ServiceTeamService teams;

    @GET
    @ApiResponseType(value = ServiceTeamDTO.class, page = true, summary = "列出服务队伍。List service teams")
    public Page<ServiceTeamDTO> list(@QueryParam("township") String township,
                                     @Parameter(description = "服务阵地编号。Service site id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                     @QueryParam("site") String site,
                                     @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                     @QueryParam("status") String status,
                                     @Parameter(description = "名称前缀。Name prefix.")
                                     @QueryParam("name") String name,
                                     @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit) {
        TeamQuery query = new TeamQuery();
        query.townshipCode = divisions.townshipCode("township", township);
        query.siteId = Params.longParam("site", site);
        query.status = Params.enumParam(Status.class, "status", status);
        query.namePrefix = Params.text(name);
        return teams.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = ServiceTeamDTO.class, summary = "读取服务队伍；ETag 即其版本。Get a service team; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        ServiceTeamDTO team = teams.get(Params.id(RECORD, id));
        return Etags.ok(team, team.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceTeamDTO.class, status = 201, summary = "登记服务队伍。Register a service team")
    public Response create(ServiceTeamDTO team, @Context UriInfo uriInfo) {
        ServiceTeamDTO created = teams.create(Params.body(team));
        return Params.created(uriInfo, ServiceTeamResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceTeamDTO.class, summary = "整体替换服务队伍（须 If-Match）。Replace a service team (If-Match required)")
    public Response update(@PathParam("id") String id, ServiceTeamDTO team, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ServiceTeamDTO updated = teams.update(Params.id(RECORD, id), version, Params.body(team));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceTeamDTO.class, summary = "解散服务队伍（须 If-Match）。Disband a service team (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ServiceTeamDTO ended = teams.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
