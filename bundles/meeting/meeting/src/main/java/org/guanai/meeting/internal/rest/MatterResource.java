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
import org.guanai.meeting.api.DoneRequest;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MatterState;
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

/**
 * Matters raised at meetings. Township staff read those of their divisions and the county-wide ones and note progress
 * on them; county staff and the joint meeting's office raise, correct and close them. Holds no rule.
 */
@Component(service = MatterResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MeetingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE})
@Path("matters")
@Produces(MediaType.APPLICATION_JSON)
public class MatterResource {
    static final String RECORD = "matter";

    @Reference
    MatterService matters;

    @GET
    @ApiResponseType(value = MatterDTO.class, page = true, summary = "列出事项，按办理期限排序。List matters by due day")
    public Page<MatterDTO> list(@Parameter(description = "会议编号。Meeting id.", schema = @Schema(type = "integer", format = "int64")) @QueryParam("meeting") String meeting,
                                @Parameter(description = "责任单位编号。Assigned department id.", schema = @Schema(type = "integer", format = "int64")) @QueryParam("department") String department,
                                @QueryParam("township") String township,
                                @Parameter(description = "与 township 一起：也列出全县性的事项。With township: the county-wide matters too.", schema = @Schema(type = "boolean"))
                                @QueryParam("countyWide") String countyWide,
                                @Parameter(description = "状态：在办（OPEN）或已办结（DONE）。State: open or done.", schema = @Schema(implementation = MatterState.class))
                                @QueryParam("state") String state,
                                @Parameter(description = "true：只列逾期未办结的。true: only open matters past their due day.", schema = @Schema(type = "boolean"))
                                @QueryParam("overdue") String overdue,
                                @Parameter(description = "所涉人员编号。Person concerned.", schema = @Schema(type = "integer", format = "int64")) @QueryParam("person") String person,
                                @Parameter(description = "所涉家庭编号。Household concerned.", schema = @Schema(type = "integer", format = "int64")) @QueryParam("household") String household,
                                @Parameter(description = "会议日期自此日（含）。Raised at meetings on or after.", schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
                                @Parameter(description = "会议日期至此日（含）。Raised at meetings on or before.", schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to,
                                @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit) {
        MatterQuery q = new MatterQuery();
        q.meetingId = Params.longParam("meeting", meeting);
        q.departmentId = Params.longParam("department", department);
        q.townshipCode = Params.text(township);
        q.countyWide = Params.booleanParam("countyWide", countyWide);
        q.state = Params.enumParam(MatterState.class, "state", state);
        q.overdue = Params.booleanParam("overdue", overdue);
        q.personId = Params.longParam("person", person);
        q.householdId = Params.longParam("household", household);
        q.raisedFrom = Params.dateParam("from", from);
        q.raisedTo = Params.dateParam("to", to);
        return matters.list(q, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = MatterDTO.class, summary = "读取事项；ETag 即其版本。Get a matter; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        MatterDTO m = matters.get(Params.id(RECORD, id));
        return Etags.ok(m, m.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = MatterDTO.class, status = 201, summary = "登记会议议定的事项。Record a matter raised at a meeting")
    public Response create(MatterDTO matter, @Context UriInfo uriInfo) {
        MatterDTO created = matters.create(Params.body(matter));
        return Params.created(uriInfo, MatterResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = MatterDTO.class, summary = "更正在办事项（须 If-Match）。Correct an open matter (If-Match required)")
    public Response update(@PathParam("id") String id, MatterDTO matter, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        MatterDTO updated = matters.update(Params.id(RECORD, id), version, Params.body(matter));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, MeetingModule.ROLE})
    @ApiResponseType(value = MatterDTO.class, summary = "办结事项，须写明结果（须 If-Match）。Close a matter with its result (If-Match required)")
    public Response done(@PathParam("id") String id, DoneRequest done, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        MatterDTO closed = matters.done(Params.id(RECORD, id), version, Params.body(done));
        return Etags.ok(closed, closed.version);
    }
}
