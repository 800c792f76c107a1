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

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

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
            summary = "列出检查记录；结果及按结果筛选仅限健康人员。List check records; outcomes, and the result filter, for health staff only")
    public Page<CheckRecordDTO> list(@Parameter(description = "人员编号。Person id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                     @QueryParam("person") String person,
                                     @Parameter(description = "筛查活动编号。Campaign id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                     @QueryParam("campaign") String campaign,
                                     @Parameter(description = "年度。Year.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                                     @QueryParam("year") String year,
                                     @Parameter(description = "检查结果（仅健康人员可用）。Result (health staff only).", schema = @Schema(implementation = CheckResult.class))
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
            summary = "读取检查记录（结果仅对健康人员可见）。Get a check record (its outcome for health staff only); its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        CheckRecordDTO check = checks.get(Params.id(RECORD, id));
        return Etags.ok(check, check.version);
    }

    @Allow(Roles.HEALTH)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CheckRecordDTO.class, status = 201,
            summary = "登记妇女的检查（仅健康人员：每条检查都有结果）。Record a woman's check (health staff only: every check has a result)")
    public Response create(CheckRecordDTO check, @Context UriInfo uriInfo) {
        CheckRecordDTO created = checks.record(Params.body(check));
        return Params.created(uriInfo, CheckResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CheckRecordDTO.class,
            summary = "更正检查记录或补记随访（须 If-Match；结果字段仅限健康人员）。Correct a check or add its follow-up (If-Match required; outcome fields for health staff only)")
    public Response update(@PathParam("id") String id, CheckRecordDTO check, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        CheckRecordDTO updated = checks.update(Params.id(RECORD, id), version, Params.body(check));
        return Etags.ok(updated, updated.version);
    }
}
