package org.guanai.meeting.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.meeting.api.MatterDTO;
import org.guanai.meeting.api.MatterQuery;
import org.guanai.meeting.api.MatterReportDTO;
import org.guanai.meeting.api.MatterService;
import org.guanai.meeting.api.MeetingReports;
import org.guanai.meeting.internal.spi.MeetingModule;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The overdue list, and matters by department and state with the on-time completion rate. */
@Component(service = ReportResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MeetingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MeetingModule.ROLE})
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Reference
    MatterService matters;

    @Reference
    MeetingReports reports;

    @GET
    @Path("overdue")
    @ApiResponseType(value = MatterDTO.class, page = true, summary = "逾期未办结的事项，最早到期的在前。Open matters past their due day, the longest overdue first")
    public Page<MatterDTO> overdue(@QueryParam("township") String township,
                                   @Parameter(description = "责任单位编号。Assigned department id.", schema = @Schema(type = "integer", format = "int64")) @QueryParam("department") String department,
                                   @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        MatterQuery q = new MatterQuery();
        q.townshipCode = Params.text(township);
        q.departmentId = Params.longParam("department", department);
        q.overdue = Boolean.TRUE;
        return matters.list(q, Params.page(offset, limit));
    }

    @GET
    @Path("by-department")
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, MeetingModule.ROLE})
    @ApiResponseType(value = MatterReportDTO.class, summary = "各责任单位的事项：在办、逾期、办结、按期办结率。Matters by department: open, overdue, done, on-time rate")
    public MatterReportDTO byDepartment(@Parameter(description = "会议日期自此日（含）。Raised at meetings on or after.", schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
                                        @Parameter(description = "会议日期至此日（含）。Raised at meetings on or before.", schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to,
                                        @QueryParam("township") String township) {
        return reports.byDepartment(Params.dateParam("from", from), Params.dateParam("to", to), Params.text(township));
    }
}
