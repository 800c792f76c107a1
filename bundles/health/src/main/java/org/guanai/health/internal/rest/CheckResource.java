package org.guanai.health.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.guanai.health.api.CheckQuery;
import org.guanai.health.api.CheckRecordDTO;
import org.guanai.health.api.CheckResult;
import org.guanai.health.api.CheckService;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/**
 * Check records. Outcomes (result, findings, referral, follow-up) are health data: the service shows and accepts
 * them only for callers the registry lets read {@code health.results} (health staff and admin). Others see that a
 * check happened ({@code outcomeHidden: true}); they cannot record a check, since every check has a result, but
 * may correct its other fields, which keeps the stored outcome.
 *
 * <p>Who may call what ({@code @Allow}; admin always may): reading and correcting for county, township
 * and health staff, recording for health staff only.
 */
@Component(service = CheckResource.class)
@GuanaiResource
@JaxrsApplicationSelect(HealthApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH})
@Path("checks")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {
    static final String RECORD = "check";

    @Reference
    DivisionService divisions;

    @Reference
    CheckService checks;

    @GET
    @ApiResponseType(value = CheckRecordDTO.class, page = true,
            summary = "List check records; outcomes, and the result filter, for health staff only")
    public Page<CheckRecordDTO> list(@QueryParam("person") String person,
                                     @QueryParam("campaign") String campaign,
                                     @QueryParam("year") String year,
                                     @QueryParam("result") String result,
                                     @QueryParam("township") String township,
                                     @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit) {
        CheckQuery query = new CheckQuery();
        query.personId = Params.longParam("person", person);
        query.campaignId = Params.longParam("campaign", campaign);
        query.year = Params.yearParam("year", year);
        query.result = Params.enumParam(CheckResult.class, "result", result);
        query.townshipCode = divisions.townshipCode("township", township);
        return checks.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = CheckRecordDTO.class,
            summary = "Get a check record (its outcome for health staff only); its ETag is its version")
    public Response get(@PathParam("id") String id) {
        CheckRecordDTO check = checks.get(Params.id(RECORD, id));
        return Etags.ok(check, check.version);
    }

    @Allow(Roles.HEALTH)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CheckRecordDTO.class, status = 201,
            summary = "Record a woman's check (health staff only: every check has a result)")
    public Response create(CheckRecordDTO check, @Context UriInfo uriInfo) {
        CheckRecordDTO created = checks.record(Params.body(check));
        return Params.created(uriInfo, CheckResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CheckRecordDTO.class,
            summary = "Correct a check or add its follow-up (If-Match required; outcome fields for health staff only)")
    public Response update(@PathParam("id") String id, CheckRecordDTO check, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        CheckRecordDTO updated = checks.update(Params.id(RECORD, id), version, Params.body(check));
        return Etags.ok(updated, updated.version);
    }
}
