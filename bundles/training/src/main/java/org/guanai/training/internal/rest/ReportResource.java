package org.guanai.training.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.guanai.training.api.TrainingReportDTO;
import org.guanai.training.api.TrainingReports;
import org.guanai.training.internal.spi.TrainingModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The year's figures per township and for the county: counts only, so the viewer reads them too. */
@Component(service = ReportResource.class)
@GuanaiResource
@JaxrsApplicationSelect(TrainingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, TrainingModule.ROLE})
@Path("report")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Reference
    TrainingReports reports;

    @GET
    @ApiResponseType(value = TrainingReportDTO.class, summary = "年度培训报表：各乡镇与全县的培训妇女数、结业率、证书、回访结果、从未参训的妇女。The year's training report per township and for the county")
    public TrainingReportDTO report(@Parameter(description = "年度（默认今年）。Year (this year when absent).", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                                    @QueryParam("year") String year) {
        Integer y = Params.yearParam("year", year);
        return reports.report(y == null ? LocalDate.now().getYear() : y);
    }
}
