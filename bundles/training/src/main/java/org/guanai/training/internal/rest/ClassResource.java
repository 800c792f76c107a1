package org.guanai.training.internal.rest;

import java.io.InputStream;
import java.util.List;

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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.guanai.training.api.AttendanceDayDTO;
import org.guanai.training.api.AttendanceService;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentService;
import org.guanai.training.api.SignInImportService;
import org.guanai.training.api.SignInReportDTO;
import org.guanai.training.api.TrainingClassDTO;
import org.guanai.training.api.TrainingClassQuery;
import org.guanai.training.api.TrainingClassService;
import org.guanai.training.internal.spi.TrainingModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.guanai.registry.api.Message;

/** Classes (班次), and what happens in one: enrolment, attendance per day, sign-in sheets. */
@Component(service = ClassResource.class)
@GuanaiResource
@JaxrsApplicationSelect(TrainingApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, TrainingModule.ROLE})
@Path("classes")
@Produces(MediaType.APPLICATION_JSON)
public class ClassResource {
    static final String RECORD = "class";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Reference
    TrainingClassService classes;

    @Reference
    EnrolmentService enrolments;

    @Reference
    AttendanceService attendance;

    @Reference
    SignInImportService signIn;

    @GET
    @ApiResponseType(value = TrainingClassDTO.class, page = true, summary = "列出班次。List classes")
    public Page<TrainingClassDTO> list(@Parameter(description = "课程编号。Course id.", schema = @Schema(type = "integer", format = "int64"))
                                       @QueryParam("course") String course,
                                       @QueryParam("township") String township,
                                       @Parameter(description = "开班年度。Year the class starts.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                                       @QueryParam("year") String year,
                                       @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit) {
        TrainingClassQuery query = new TrainingClassQuery();
        query.courseId = Params.longParam("course", course);
        query.townshipCode = Params.text(township);
        query.year = Params.yearParam("year", year);
        return classes.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = TrainingClassDTO.class, summary = "读取班次；ETag 即其版本。Get a class; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        TrainingClassDTO trainingClass = classes.get(Params.id(RECORD, id));
        return Etags.ok(trainingClass, trainingClass.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = TrainingClassDTO.class, status = 201, summary = "开设班次。Open a class")
    public Response create(TrainingClassDTO trainingClass, @Context UriInfo uriInfo) {
        TrainingClassDTO created = classes.create(Params.body(trainingClass));
        return Params.created(uriInfo, ClassResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = TrainingClassDTO.class, summary = "整体替换班次（须 If-Match）。Replace a class (If-Match required)")
    public Response update(@PathParam("id") String id, TrainingClassDTO trainingClass, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        TrainingClassDTO updated = classes.update(Params.id(RECORD, id), version, Params.body(trainingClass));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = EnrolmentDTO.class, status = 201, summary = "为班次报名一人（personId，可选 enrolledOn）。Enrol a person in the class (personId, optional enrolledOn)")
    public Response enrol(@PathParam("id") String id, EnrolmentDTO enrolment, @Context UriInfo uriInfo) {
        EnrolmentDTO body = Params.body(enrolment);
        if (body.personId == null) {
            throw org.guanai.registry.api.ValidationException.of("personId", "不能为空。Is required");
        }
        EnrolmentDTO created = enrolments.enrol(Params.id(RECORD, id), body.personId, body.enrolledOn);
        return Params.created(uriInfo, EnrolmentResource.class, created.id, created, created.version);
    }

    @GET
    @Path("{id}/attendance")
    @ApiResponseType(value = AttendanceDayDTO.class, list = true, summary = "班次各日的考勤。The class's attendance per day")
    public List<AttendanceDayDTO> days(@PathParam("id") String id) {
        return attendance.days(Params.id(RECORD, id));
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = AttendanceDayDTO.class, summary = "登记一天的考勤（取代该日已登记的）。Record one day's attendance (replacing that day's)")
    public AttendanceDayDTO record(@PathParam("id") String id, AttendanceDayDTO day) {
        return attendance.record(Params.id(RECORD, id), Params.body(day));
    }

    @POST
    @Path("{id}/sign-in")
    @Consumes({"text/csv", "text/plain", XLSX, MediaType.APPLICATION_OCTET_STREAM, "*/*"})
    @ApiResponseType(value = SignInReportDTO.class, summary = "导入一天的签到表（CSV 或 XLSX）为考勤，逐行报告；dryRun=true 只校验。Import a day's sign-in sheet (CSV or XLSX) as attendance, with a line report; dryRun=true checks only")
    public SignInReportDTO signIn(@PathParam("id") String id,
                                  @RequestBody(required = true, description = "签到表（CSV 为 UTF-8 或 GBK，或 XLSX），至多 2 MB。The sign-in sheet (CSV in UTF-8 or GBK, or XLSX), at most 2 MB.", content = {
                                          @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                                          @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
                                  InputStream sheet,
                                  @Parameter(description = "上课日期。The class day.", required = true, schema = @Schema(type = "string", format = "date"))
                                  @QueryParam("day") String day,
                                  @Parameter(description = "当天学时（半小时为单位）。Hours taught that day, in half hours.", required = true, schema = @Schema(type = "number", example = "6"))
                                  @QueryParam("hours") String hours,
                                  @Parameter(description = "true：只校验，不写入。true: check only, write nothing.", schema = @Schema(type = "boolean", defaultValue = "false"))
                                  @QueryParam("dryRun") String dryRun,
                                  @Context HttpHeaders headers) {
        return signIn.importSheet(Params.id(RECORD, id), Params.dateParam("day", day), Hours.parse("hours", hours), sheet,
                Boolean.TRUE.equals(Params.booleanParam("dryRun", dryRun)),
                Message.choose(headers == null ? null : headers.getAcceptableLanguages()));
    }
}
