package org.guanai.training.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentQuery;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.internal.spi.TrainingModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Enrolments: attended hours and completion (computed), and the certificate. */
@Component(service = EnrolmentResource.class)
@GuanaiResource
@JaxrsApplicationSelect(TrainingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, TrainingModule.ROLE})
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {
    static final String RECORD = "enrolment";

    @Reference
    EnrolmentService enrolments;

    @GET
    @ApiResponseType(value = EnrolmentDTO.class, page = true, summary = "列出报名（含学时与结业）。List enrolments (with hours and completion)")
    public Page<EnrolmentDTO> list(@Parameter(description = "班次编号。Class id.", schema = @Schema(type = "integer", format = "int64"))
                                   @QueryParam("class") String classId,
                                   @Parameter(description = "人员编号。Person id.", schema = @Schema(type = "integer", format = "int64"))
                                   @QueryParam("person") String person,
                                   @QueryParam("township") String township,
                                   @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        EnrolmentQuery query = new EnrolmentQuery();
        query.classId = Params.longParam("class", classId);
        query.personId = Params.longParam("person", person);
        query.townshipCode = Params.text(township);
        return enrolments.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = EnrolmentDTO.class, summary = "读取报名；ETag 即其版本。Get an enrolment; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        EnrolmentDTO enrolment = enrolments.get(Params.id(RECORD, id));
        return Etags.ok(enrolment, enrolment.version);
    }

    @POST
    @Path("{id}/certificate")
    @ApiResponseType(value = EnrolmentDTO.class, summary = "为已结业者颁发证书（须 If-Match）。Issue the certificate of someone who completed (If-Match required)")
    public Response certificate(@PathParam("id") String id,
                                @Parameter(description = "颁发日期（默认今天）。Issued on (today when absent).", schema = @Schema(type = "string", format = "date"))
                                @QueryParam("issuedOn") String issuedOn,
                                @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        EnrolmentDTO issued = enrolments.issueCertificate(Params.id(RECORD, id), version,
                Params.dateParam("issuedOn", issuedOn));
        return Etags.ok(issued, issued.version);
    }
}
