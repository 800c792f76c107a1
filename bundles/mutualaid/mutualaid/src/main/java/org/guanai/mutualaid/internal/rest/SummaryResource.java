package org.guanai.mutualaid.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.SummaryDTO;
import org.guanai.mutualaid.internal.spi.MutualAidModule;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The year's figures per township and kind: counts, never one person's data (the stats role reads them too). */
@Component(service = SummaryResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.VIEWER, MutualAidModule.ROLE})
@Path("summary")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Reference
    MutualAidReports reports;

    @GET
    @ApiResponseType(value = SummaryDTO.class,
            summary = "按乡镇和类型统计：互助组、成员、每月活动、不活跃组；妇女入组与困难对象结对覆盖。Figures per township and kind")
    public SummaryDTO summary(@Parameter(description = "年度，默认今年。Year, this year by default.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                              @QueryParam("year") String year) {
        Integer y = Params.yearParam("year", year);
        return reports.summary(y == null ? LocalDate.now().getYear() : y);
    }
}
