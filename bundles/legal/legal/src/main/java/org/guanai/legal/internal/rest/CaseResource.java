package org.guanai.legal.internal.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
import org.guanai.legal.api.CaseCategory;
import org.guanai.legal.api.CaseChannel;
import org.guanai.legal.api.CaseQuery;
import org.guanai.legal.api.CaseStatus;
import org.guanai.legal.api.CaseStepDTO;
import org.guanai.legal.api.ClosureDTO;
import org.guanai.legal.api.OverdueCaseDTO;
import org.guanai.legal.api.RightsCaseDTO;
import org.guanai.legal.api.RightsCaseService;
import org.guanai.legal.api.RiskLevel;
import org.guanai.legal.api.StepKind;
import org.guanai.legal.internal.spi.LegalModule;
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
 * Rights cases. Every Guanai role may ask, and the service answers only legal staff and a case's handler: anyone else
 * gets 404 for every case (its existence is not told) and empty lists. Writes: not the stats role.
 */
@Component(service = CaseResource.class)
@GuanaiResource
@JaxrsApplicationSelect(LegalApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.VIEWER, LegalModule.ROLE})
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    static final String RECORD = "legal-case";

    @Reference
    RightsCaseService cases;

    @Reference
    DivisionService divisions;

    @GET
    @ApiResponseType(value = RightsCaseDTO.class, page = true, summary = "列出可办理的维权案件，新的在前；每件的读取记入审计。List the rights cases you handle, newest first; each read is audited")
    public Page<RightsCaseDTO> list(@QueryParam("township") String township,
                                    @Parameter(description = "案件状态。Case status.", schema = @Schema(implementation = CaseStatus.class))
                                    @QueryParam("status") String status,
                                    @Parameter(description = "案件类别。Case category.", schema = @Schema(implementation = CaseCategory.class))
                                    @QueryParam("category") String category,
                                    @Parameter(description = "来源渠道。Channel.", schema = @Schema(implementation = CaseChannel.class))
                                    @QueryParam("channel") String channel,
                                    @Parameter(description = "风险等级。Risk level.", schema = @Schema(implementation = RiskLevel.class))
                                    @QueryParam("risk") String risk,
                                    @Parameter(description = "当事人（登记人员编号）。The registry person concerned.", schema = @Schema(type = "integer", format = "int64"))
                                    @QueryParam("person") String person,
                                    @Parameter(description = "受理日期起（含）。Received from this day.", schema = @Schema(type = "string", format = "date"))
                                    @QueryParam("from") String from,
                                    @Parameter(description = "受理日期止（含）。Received up to this day.", schema = @Schema(type = "string", format = "date"))
                                    @QueryParam("to") String to,
                                    @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        CaseQuery q = query(township, status, category, channel, risk, from, to);
        q.personId = Params.longParam("person", person);
        return cases.list(q, Params.page(offset, limit));
    }

    private CaseQuery query(String township, String status, String category, String channel, String risk,
                            String from, String to) {
        CaseQuery q = new CaseQuery();
        q.townshipCode = divisions.townshipCode("township", township);
        q.status = Params.enumParam(CaseStatus.class, "status", status);
        q.category = Params.enumParam(CaseCategory.class, "category", category);
        q.channel = Params.enumParam(CaseChannel.class, "channel", channel);
        q.riskLevel = Params.enumParam(RiskLevel.class, "risk", risk);
        q.from = Params.dateParam("from", from);
        q.to = Params.dateParam("to", to);
        return q;
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = RightsCaseDTO.class, summary = "读取维权案件（记入审计）；ETag 即其版本。Get a rights case (audited); its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        RightsCaseDTO c = cases.get(Params.id(RECORD, id));
        return Etags.ok(c, c.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
    @ApiResponseType(value = RightsCaseDTO.class, status = 201, summary = "受理维权案件（法律维权专干）。Take in a rights case (legal staff)")
    public Response intake(RightsCaseDTO intake, @Context UriInfo uriInfo) {
        RightsCaseDTO created = cases.intake(Params.body(intake));
        return Params.created(uriInfo, CaseResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
    @ApiResponseType(value = RightsCaseDTO.class, summary = "更正受理信息（法律维权专干，须 If-Match）。Correct the intake (legal staff, If-Match required)")
    public Response update(@PathParam("id") String id, RightsCaseDTO intake, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        RightsCaseDTO updated = cases.update(Params.id(RECORD, id), version, Params.body(intake));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
    @ApiResponseType(value = RightsCaseDTO.class, summary = "转介到部门（须 If-Match）。Refer the case to a department (If-Match required)")
    public Response refer(@PathParam("id") String id, CaseStepDTO step, @Context HttpHeaders headers) {
        return step(id, step, StepKind.REFERRAL, headers);
    }

    @POST
    @Path("{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
    @ApiResponseType(value = RightsCaseDTO.class, summary = "记录跟进（须 If-Match）。Record a follow-up (If-Match required)")
    public Response followUp(@PathParam("id") String id, CaseStepDTO step, @Context HttpHeaders headers) {
        return step(id, step, StepKind.FOLLOW_UP, headers);
    }

    @POST
    @Path("{id}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
    @ApiResponseType(value = RightsCaseDTO.class, summary = "记录保护措施，如人身安全保护令的申请与签发（须 If-Match）。Record a protective measure, e.g. a protection order applied for or granted (If-Match required)")
    public Response measure(@PathParam("id") String id, CaseStepDTO step, @Context HttpHeaders headers) {
        return step(id, step, StepKind.MEASURE, headers);
    }

    private Response step(String id, CaseStepDTO step, StepKind kind, HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        CaseStepDTO s = Params.body(step);
        s.kind = kind;
        RightsCaseDTO updated = cases.addStep(Params.id(RECORD, id), version, s);
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({Roles.COUNTY, Roles.TOWNSHIP, LegalModule.ROLE})
    @ApiResponseType(value = RightsCaseDTO.class, summary = "结案，须写明结果和理由（须 If-Match）。Close the case with its outcome and reason (If-Match required)")
    public Response close(@PathParam("id") String id, ClosureDTO closure, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        RightsCaseDTO closed = cases.close(Params.id(RECORD, id), version, Params.body(closure));
        return Etags.ok(closed, closed.version);
    }

    @GET
    @Path("overdue")
    @ApiResponseType(value = OverdueCaseDTO.class, page = true, summary = "超期案件：首次响应超期，及久未跟进的高风险案件。Overdue cases: first response overdue, high risk with no follow-up")
    public Page<OverdueCaseDTO> overdue(@QueryParam("township") String township,
                                        @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit) {
        return cases.overdue(divisions.townshipCode("township", township), Params.page(offset, limit));
    }

    @GET
    @Path("export")
    @Produces({"text/csv; charset=UTF-8", "*/*"}) // 403 before 406 for a refused role, as the roster export
    @ApiResponseType(value = String.class, summary = "导出可办理的案件（CSV）；案情与办理过程仅在法律维权专干 details=true 并写明 purpose 时导出，记入审计。"
            + "Export the cases you handle as CSV; descriptions and notes only with details=true and a purpose, for legal staff; audited")
    public Response export(@QueryParam("township") String township,
                           @Parameter(description = "案件状态。Case status.", schema = @Schema(implementation = CaseStatus.class))
                           @QueryParam("status") String status,
                           @Parameter(description = "案件类别。Case category.", schema = @Schema(implementation = CaseCategory.class))
                           @QueryParam("category") String category,
                           @Parameter(description = "受理日期起（含）。Received from this day.", schema = @Schema(type = "string", format = "date"))
                           @QueryParam("from") String from,
                           @Parameter(description = "受理日期止（含）。Received up to this day.", schema = @Schema(type = "string", format = "date"))
                           @QueryParam("to") String to,
                           @Parameter(description = "true：含当事人、案情与办理过程（仅法律维权专干，须 purpose）。true: with names, descriptions and notes (legal staff, with a purpose).", schema = @Schema(type = "boolean", defaultValue = "false"))
                           @QueryParam("details") String details,
                           @Parameter(description = "details=true 时必填：导出理由，记入审计。Required with details=true: why, recorded in the audit trail.")
                           @QueryParam("purpose") String purpose) {
        CaseQuery q = query(township, status, category, null, null, from, to);
        boolean withDetails = Boolean.TRUE.equals(Params.booleanParam("details", details));
        StringWriter csv = new StringWriter();
        try {
            cases.export(q, withDetails, purpose, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"legal-cases.csv\"").build();
    }
}
