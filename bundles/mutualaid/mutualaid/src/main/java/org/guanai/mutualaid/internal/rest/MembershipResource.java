package org.guanai.mutualaid.internal.rest;

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
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipQuery;
import org.guanai.mutualaid.api.MembershipService;
import org.guanai.mutualaid.internal.spi.MutualAidModule;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Who is in which group: join, correct, leave. */
@Component(service = MembershipResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE})
@Path("memberships")
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {
    static final String RECORD = "membership";

    @Reference
    MembershipService memberships;

    @GET
    @ApiResponseType(value = MembershipDTO.class, page = true, summary = "列出成员。List memberships")
    public Page<MembershipDTO> list(@Parameter(description = "互助组编号。Group id.", schema = @Schema(type = "integer", format = "int64"))
                                    @QueryParam("group") String group,
                                    @Parameter(description = "人员编号。Registry person id.", schema = @Schema(type = "integer", format = "int64"))
                                    @QueryParam("person") String person,
                                    @Parameter(description = "志愿者编号。Registry volunteer id.", schema = @Schema(type = "integer", format = "int64"))
                                    @QueryParam("volunteer") String volunteer,
                                    @Parameter(description = "状态：在组（ACTIVE）或已退出（ENDED）。Status: member or left.", schema = @Schema(implementation = Status.class))
                                    @QueryParam("status") String status,
                                    @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        MembershipQuery query = new MembershipQuery();
        query.groupId = Params.longParam("group", group);
        query.personId = Params.longParam("person", person);
        query.volunteerId = Params.longParam("volunteer", volunteer);
        query.status = Params.enumParam(Status.class, "status", status);
        return memberships.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = MembershipDTO.class, summary = "读取成员资格；ETag 即其版本。Get a membership; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        MembershipDTO m = memberships.get(Params.id(RECORD, id));
        return Etags.ok(m, m.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = MembershipDTO.class, status = 201, summary = "加入互助组。Join a group")
    public Response join(MembershipDTO membership, @Context UriInfo uriInfo) {
        MembershipDTO created = memberships.join(Params.body(membership));
        return Params.created(uriInfo, MembershipResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = MembershipDTO.class, summary = "更正角色、加入日期或备注（须 If-Match）。Correct role, joining day or notes (If-Match required)")
    public Response update(@PathParam("id") String id, MembershipDTO membership, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        MembershipDTO updated = memberships.update(Params.id(RECORD, id), version, Params.body(membership));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = MembershipDTO.class, summary = "退出互助组（须 If-Match）。Leave the group (If-Match required)")
    public Response leave(@PathParam("id") String id, @RequestBody(required = false, description = "退出的日期（默认今天）和说明；可为空。The day (today when absent) and a note; may be empty.") EndRequest leave, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        MembershipDTO left = memberships.leave(Params.id(RECORD, id), version, Params.endRequest(leave));
        return Etags.ok(left, left.version);
    }
}
