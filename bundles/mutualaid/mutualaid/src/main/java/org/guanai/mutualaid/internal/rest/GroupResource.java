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
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupKind;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;
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

/** Mutual-aid groups: ended, never deleted. Holds no rule: the service decides. */
@Component(service = GroupResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE})
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {
    static final String RECORD = "group";

    @Reference
    GroupService groups;

    @GET
    @ApiResponseType(value = GroupDTO.class, page = true, summary = "列出互助组。List mutual-aid groups")
    public Page<GroupDTO> list(@QueryParam("township") String township,
                               @QueryParam("village") String village,
                               @Parameter(description = "互助组类型。Kind of group.", schema = @Schema(implementation = GroupKind.class))
                               @QueryParam("kind") String kind,
                               @Parameter(description = "状态：活动中（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                               @QueryParam("status") String status,
                               @Parameter(description = "名称开头。Name starts with.")
                               @QueryParam("name") String name,
                               @QueryParam("offset") String offset,
                               @QueryParam("limit") String limit) {
        GroupQuery query = new GroupQuery();
        query.townshipCode = Params.text(township);
        query.villageCode = Params.text(village);
        query.kind = Params.enumParam(GroupKind.class, "kind", kind);
        query.status = Params.enumParam(Status.class, "status", status);
        query.namePrefix = Params.text(name);
        return groups.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = GroupDTO.class, summary = "读取互助组；ETag 即其版本。Get a group; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        GroupDTO group = groups.get(Params.id(RECORD, id));
        return Etags.ok(group, group.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GroupDTO.class, status = 201, summary = "成立互助组。Register a group")
    public Response create(GroupDTO group, @Context UriInfo uriInfo) {
        GroupDTO created = groups.create(Params.body(group));
        return Params.created(uriInfo, GroupResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GroupDTO.class, summary = "更正互助组（须 If-Match）。Correct a group (If-Match required)")
    public Response update(@PathParam("id") String id, GroupDTO group, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        GroupDTO updated = groups.update(Params.id(RECORD, id), version, Params.body(group));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GroupDTO.class, summary = "结束互助组，其成员与活动记录保留（须 If-Match）。End a group; its members and activities stay (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）和说明；可为空。The day (today when absent) and a note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        GroupDTO ended = groups.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
