package org.guanai.health.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Overdue follow-ups. Health staff only: a follow-up is only ever due after an abnormal finding or a
 * referral, so being on this list discloses an outcome even though no result is shown.
 */
@Component(service = OverdueFollowUpResource.class)
@JaxrsResource
@JaxrsExtensionSelect({GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS})
@Allow(Roles.HEALTH)
@Path(GuanaiRest.API + "/health/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueFollowUpResource {
    @Reference
    DivisionService divisions;

    @Reference
    ScreeningReports reports;

    @GET
    @Path("overdue")
    @ApiResponseType(value = FollowUpDTO.class, page = true,
            summary = "Follow-ups due before today and not recorded, most overdue first (health staff only)")
    public Page<FollowUpDTO> overdue(@QueryParam("township") String township,
                                     @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit,
                                     @Context SecurityContext security) {
        // A second line behind @Allow: the list is health data whatever the filter in front of it does.
        HealthRoles.require(security, HealthRoles.OVERDUE_REFUSED);
        return reports.overdueFollowUps(LocalDate.now(), divisions.townshipCode("township", township), Params.page(offset, limit));
    }
}
