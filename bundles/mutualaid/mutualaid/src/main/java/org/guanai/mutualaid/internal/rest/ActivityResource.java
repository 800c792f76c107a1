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
import org.guanai.mutualaid.api.ActivityDTO;
import org.guanai.mutualaid.api.ActivityKind;
import org.guanai.mutualaid.api.ActivityQuery;
import org.guanai.mutualaid.api.ActivityService;
import org.guanai.mutualaid.internal.spi.MutualAidModule;
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

/** What groups did. */
@Component(service = ActivityResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE})
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {
    static final String RECORD = "activity";

    @Reference
    ActivityService activities;

    @GET
    @ApiResponseType(value = ActivityDTO.class, page = true, summary = "列出活动，新的在前。List activities, newest first")
    public Page<ActivityDTO> list(@Parameter(description = "互助组编号。Group id.", schema = @Schema(type = "integer", format = "int64"))
                                  @QueryParam("group") String group,
                                  @QueryParam("township") String township,
                                  @Parameter(description = "活动类型。Kind of activity.", schema = @Schema(implementation = ActivityKind.class))
                                  @QueryParam("kind") String kind,
                                  @Parameter(description = "起始日期（含）。From this day.", schema = @Schema(type = "string", format = "date"))
                                  @QueryParam("from") String from,
                                  @Parameter(description = "截止日期（含）。Up to this day.", schema = @Schema(type = "string", format = "date"))
                                  @QueryParam("to") String to,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        ActivityQuery query = new ActivityQuery();
        query.groupId = Params.longParam("group", group);
        query.townshipCode = Params.text(township);
        query.kind = Params.enumParam(ActivityKind.class, "kind", kind);
        query.from = Params.dateParam("from", from);
        query.to = Params.dateParam("to", to);
        return activities.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = ActivityDTO.class, summary = "读取活动；ETag 即其版本。Get an activity; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        ActivityDTO a = activities.get(Params.id(RECORD, id));
        return Etags.ok(a, a.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ActivityDTO.class, status = 201, summary = "登记活动。Record an activity")
    public Response create(ActivityDTO activity, @Context UriInfo uriInfo) {
        ActivityDTO created = activities.create(Params.body(activity));
        return Params.created(uriInfo, ActivityResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ActivityDTO.class, summary = "更正活动（须 If-Match）。Correct an activity (If-Match required)")
    public Response update(@PathParam("id") String id, ActivityDTO activity, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ActivityDTO updated = activities.update(Params.id(RECORD, id), version, Params.body(activity));
        return Etags.ok(updated, updated.version);
    }
}
