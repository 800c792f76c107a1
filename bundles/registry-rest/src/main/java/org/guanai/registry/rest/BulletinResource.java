package org.guanai.registry.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.BulletinDTO;
import org.guanai.registry.api.DashboardService;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.spi.BulletinPeriod;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The quarterly bulletin (简报) of the county or one township: aggregates only, as far as the caller sees. */
@Component(service = BulletinResource.class)
@JaxrsResource
@JaxrsExtensionSelect({GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS})
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(GuanaiRest.API + "/bulletin")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {
    @Reference
    DashboardService dashboard;

    @GET
    @ApiResponseType(value = BulletinDTO.class,
            summary = "季度简报：年份和季度（默认本季度），一个乡镇或全县。The quarterly bulletin: year and quarter (default the current one), one township or the county")
    public BulletinDTO get(@Parameter(description = "年份，默认今年。Year, this one by default.", schema = @Schema(type = "integer", minimum = "2000", example = "2026")) @QueryParam("year") String year,
                          @Parameter(description = "季度（1–4），默认本季度。Quarter (1-4), the current one by default.", schema = @Schema(type = "integer", minimum = "1", maximum = "4", example = "3")) @QueryParam("quarter") String quarter,
                           @QueryParam("township") String township) {
        LocalDate today = LocalDate.now();
        Integer y = Params.yearParam("year", year);
        Integer q = Params.intParam("quarter", quarter, 1, 4);
        return dashboard.bulletin(new BulletinPeriod(y == null ? today.getYear() : y,
                q == null ? (today.getMonthValue() + 2) / 3 : q, Params.text(township)));
    }
}
