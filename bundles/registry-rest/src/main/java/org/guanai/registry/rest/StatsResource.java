package org.guanai.registry.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.StatsService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Active counts for the county and per township. */
@Component(service = StatsResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(GuanaiRest.API + "/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    @Reference
    StatsService stats;

    @GET
    @ApiResponseType(value = StatsResponse.class, summary = "Active counts: the county's totals and one row per township")
    public StatsResponse get() {
        return new StatsResponse(stats.county(), stats.byTownship());
    }
}
