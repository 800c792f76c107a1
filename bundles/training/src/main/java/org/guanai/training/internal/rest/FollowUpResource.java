package org.guanai.training.internal.rest;

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

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.guanai.training.api.DueFollowUpDTO;
import org.guanai.training.api.OutcomeFollowUpDTO;
import org.guanai.training.api.FollowUpService;
import org.guanai.training.internal.spi.TrainingModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Outcome follow-ups 3 and 6 months after a class, and the list of those due. */
@Component(service = FollowUpResource.class)
@GuanaiResource
@JaxrsApplicationSelect(TrainingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, TrainingModule.ROLE})
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {
    static final String RECORD = "follow-up";

    @Reference
    FollowUpService followUps;

    @GET
    @ApiResponseType(value = OutcomeFollowUpDTO.class, page = true, summary = "列出回访。List follow-ups")
    public Page<OutcomeFollowUpDTO> list(@Parameter(description = "报名编号。Enrolment id.", schema = @Schema(type = "integer", format = "int64"))
                                  @QueryParam("enrolment") String enrolment,
                                  @Parameter(description = "人员编号。Person id.", schema = @Schema(type = "integer", format = "int64"))
                                  @QueryParam("person") String person,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        return followUps.list(Params.longParam("enrolment", enrolment), Params.longParam("person", person),
                Params.page(offset, limit));
    }

    @GET
    @Path("due")
    @ApiResponseType(value = DueFollowUpDTO.class, page = true, summary = "到期未回访的结业学员（结班后 3 个月、6 个月）。Completed trainees whose 3- or 6-month follow-up is due and not recorded")
    public Page<DueFollowUpDTO> due(@Parameter(description = "截至日期（默认今天）。As of (today when absent).", schema = @Schema(type = "string", format = "date"))
                                    @QueryParam("asOf") String asOf,
                                    @QueryParam("township") String township,
                                    @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        return followUps.due(Params.dateParam("asOf", asOf), Params.text(township), Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = OutcomeFollowUpDTO.class, summary = "读取回访；ETag 即其版本。Get a follow-up; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        OutcomeFollowUpDTO followUp = followUps.get(Params.id(RECORD, id));
        return Etags.ok(followUp, followUp.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = OutcomeFollowUpDTO.class, status = 201, summary = "登记回访结果。Record a follow-up's outcome")
    public Response create(OutcomeFollowUpDTO followUp, @Context UriInfo uriInfo) {
        OutcomeFollowUpDTO created = followUps.record(Params.body(followUp));
        return Params.created(uriInfo, FollowUpResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = OutcomeFollowUpDTO.class, summary = "更正回访结果、日期、备注（须 If-Match）。Correct a follow-up's outcome, date and note (If-Match required)")
    public Response update(@PathParam("id") String id, OutcomeFollowUpDTO followUp, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        OutcomeFollowUpDTO updated = followUps.update(Params.id(RECORD, id), version, Params.body(followUp));
        return Etags.ok(updated, updated.version);
    }
}
