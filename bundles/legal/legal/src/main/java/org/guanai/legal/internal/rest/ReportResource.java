package org.guanai.legal.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.legal.api.CaseReportDTO;
import org.guanai.legal.api.EventReportRowDTO;
import org.guanai.legal.api.LegalReports;
import org.guanai.legal.internal.spi.LegalModule;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The module's figures: counts only, never one person's data; cases only as county or township totals. */
@Component(service = ReportResource.class)
@GuanaiResource
@JaxrsApplicationSelect(LegalApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, LegalModule.ROLE})
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Reference
    LegalReports reports;

    @Reference
    DivisionService divisions;

    @GET
    @Path("events")
    @ApiResponseType(value = EventReportRowDTO.class, list = true, summary = "按乡镇和月份统计普法活动、覆盖人数与发放资料。Events, people reached and materials per township and month")
    public List<EventReportRowDTO> events(@Parameter(description = "年度，默认今年。Year, this year by default.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                                          @QueryParam("year") String year,
                                          @QueryParam("township") String township) {
        Integer y = Params.yearParam("year", year);
        return reports.events(y == null ? LocalDate.now().getYear() : y, divisions.townshipCode("township", township));
    }

    @GET
    @Path("cases")
    @ApiResponseType(value = CaseReportDTO.class, summary = "维权案件统计（全县或一个乡镇）：类别、渠道、状态、风险，结案率与结案天数中位数；非法律维权专干隐去小数。"
            + "Case figures for the county or a township: by category, channel, status and risk, closure rate, median days to close; small cells suppressed for others than legal staff")
    public CaseReportDTO cases(@Parameter(description = "受理日期起（含），默认今年 1 月 1 日。Received from this day, 1 January by default.", schema = @Schema(type = "string", format = "date"))
                               @QueryParam("from") String from,
                               @Parameter(description = "受理日期止（含），默认今天。Received up to this day, today by default.", schema = @Schema(type = "string", format = "date"))
                               @QueryParam("to") String to,
                               @QueryParam("township") String township) {
        LocalDate f = Params.dateParam("from", from);
        LocalDate t = Params.dateParam("to", to);
        LocalDate today = LocalDate.now();
        return reports.cases(f == null ? today.withDayOfYear(1) : f, t == null ? today : t,
                divisions.townshipCode("township", township));
    }
}
