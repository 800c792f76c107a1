package org.guanai.health.internal.rest;

import java.time.LocalDate;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.health.internal.screening.DueList;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/**
 * Who is due for a check: names and villages, no outcomes. Its own root (as are the follow-up and
 * coverage resources) so that no resource claims all of {@code /api/v1/health}.
 */
@Component(service = DueListResource.class)
@GuanaiResource
@JaxrsApplicationSelect(HealthApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH})
@Path("due")
@Produces(MediaType.APPLICATION_JSON)
public class DueListResource {
    @Reference
    DivisionService divisions;

    @Reference
    ScreeningReports reports;

    @GET
    @ApiResponseType(value = DueWomanDTO.class, page = true,
            summary = "当年（默认今年）未检查的在册留守妇女。Active left-behind women with no check in the year (default this year)")
    public Page<DueWomanDTO> list(@Parameter(description = "年度，默认今年。Year, this year by default.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                                  @QueryParam("year") String year,
                                  @QueryParam("township") String township,
                                  @QueryParam("village") String village,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit,
                                  @Context HttpHeaders headers) {
        Integer y = Params.yearParam("year", year);
        Page<DueWomanDTO> due = reports.dueList(y == null ? LocalDate.now().getYear() : y,
                divisions.townshipCode("township", township), divisions.villageCode("village", village),
                Params.page(offset, limit));
        Locale language = Message.choose(headers == null ? null : headers.getAcceptableLanguages());
        for (DueWomanDTO woman : due.items) {
            woman.reason = DueList.reason(woman, language);
        }
        return due;
    }
}
