package org.guanai.health.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.guanai.health.api.CoverageDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Screening coverage per township and for the county: counts and percentages only. */
@Component(service = CoverageResource.class)
@GuanaiResource
@JaxrsApplicationSelect(HealthApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.VIEWER})
@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {
    @Reference
    ScreeningReports reports;

    @GET
    @ApiResponseType(value = CoverageDTO.class, summary = "Screening coverage by township and county (default this year)")
    public CoverageDTO coverage(@QueryParam("year") String year) {
        Integer y = Params.yearParam("year", year);
        return reports.coverage(y == null ? LocalDate.now().getYear() : y);
    }
}
