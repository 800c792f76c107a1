package org.guanai.health.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.guanai.health.api.FollowUpDTO;
import org.guanai.health.api.ScreeningReports;
import org.guanai.registry.api.DivisionService;
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
 * Overdue follow-ups. Health staff only: a follow-up is only ever due after an abnormal finding or a
 * referral, so being on this list discloses an outcome even though no result is shown.
 */
@Component(service = OverdueFollowUpResource.class)
@GuanaiResource
@JaxrsApplicationSelect(HealthApplication.SELECT)
@Allow(Roles.HEALTH)
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueFollowUpResource {
    @Reference
    DivisionService divisions;

    @Reference
    ScreeningReports reports;

    @GET
    @Path("overdue")
    @ApiResponseType(value = FollowUpDTO.class, page = true,
            summary = "今天之前到期且未记录的随访，逾期最久的在前（仅健康人员）。Follow-ups due before today and not recorded, most overdue first (health staff only)")
    public Page<FollowUpDTO> overdue(@QueryParam("township") String township,
                                     @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit) {
        // The service refuses it too (a second line behind @Allow): the list is health data.
        return reports.overdueFollowUps(LocalDate.now(), divisions.townshipCode("township", township),
                Params.page(offset, limit));
    }
}
