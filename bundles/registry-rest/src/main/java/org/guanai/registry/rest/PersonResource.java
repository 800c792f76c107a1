package org.guanai.registry.rest;

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
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.TimelineDTO;
import org.guanai.registry.api.TimelineService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Left-behind women, children and elderly, with each person's timeline and guardians. */
@Component(service = PersonResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {
    static final String RECORD = "person";

    @Reference
    DivisionService divisions;

    @Reference
    PersonService persons;

    @Reference
    TimelineService timelines;

    @Reference
    GuardianshipService guardianships;

    @GET
    @ApiResponseType(value = PersonDTO.class, page = true, summary = "列出人员。List persons")
    public Page<PersonDTO> list(@QueryParam("township") String township,
                                @QueryParam("village") String village,
                                @Parameter(description = "关爱类别。Care category.", schema = @Schema(implementation = CareCategory.class))
                                @QueryParam("category") String category,
                                @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                @QueryParam("status") String status,
                                @Parameter(description = "姓名前缀（只给姓也可）。Name prefix (the surname alone will do).")
                                @QueryParam("name") String name,
                                @Parameter(description = "就学阶段（儿童）。School stage (children).", schema = @Schema(implementation = SchoolStage.class))
                                @QueryParam("schoolStage") String schoolStage,
                                @Parameter(description = "家庭编号。Household id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                @QueryParam("household") String household,
                                @Parameter(description = "性别。Gender.", schema = @Schema(implementation = Gender.class))
                                @QueryParam("gender") String gender,
                                @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit) {
        PersonQuery query = new PersonQuery();
        query.townshipCode = divisions.townshipCode("township", township);
        query.villageCode = divisions.villageCode("village", village);
        query.category = Params.enumParam(CareCategory.class, "category", category);
        query.status = Params.enumParam(Status.class, "status", status);
        query.namePrefix = Params.text(name);
        query.schoolStage = Params.enumParam(SchoolStage.class, "schoolStage", schoolStage);
        query.householdId = Params.longParam("household", household);
        query.gender = Params.enumParam(Gender.class, "gender", gender);
        return persons.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = PersonDTO.class, summary = "读取人员；ETag 即其版本。Get a person; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        PersonDTO person = persons.get(Params.id(RECORD, id));
        return Etags.ok(person, person.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PersonDTO.class, status = 201, summary = "登记人员。Register a person")
    public Response create(PersonDTO person, @Context UriInfo uriInfo) {
        PersonDTO created = persons.create(Params.body(person));
        return Params.created(uriInfo, PersonResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PersonDTO.class, summary = "整体替换人员记录（须 If-Match）。Replace a person's record (If-Match required)")
    public Response update(@PathParam("id") String id, PersonDTO person, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        PersonDTO updated = persons.update(Params.id(RECORD, id), version, Params.body(person));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PersonDTO.class, summary = "结束对某人的关爱，须给出日期和原因（须 If-Match）。End a person's care with a date and reason (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        PersonDTO ended = persons.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }

    @GET
    @Path("{id}/timeline")
    @ApiResponseType(value = TimelineDTO.class, summary = "某人的时间线（登记和已安装模块的记录），新的在前。A person's timeline from the registry and installed modules, newest first")
    public TimelineDTO timeline(@PathParam("id") String id, @Context HttpHeaders headers) {
        // each entry's title in the language Accept-Language asks for (titleZh and titleEn stay beside it)
        return timelines.timeline(Params.id(RECORD, id))
                .in(Message.choose(headers == null ? null : headers.getAcceptableLanguages()));
    }

    @GET
    @Path("{id}/guardianships")
    @ApiResponseType(value = GuardianshipDTO.class, page = true, summary = "儿童的监护关系。A child's guardianships")
    public Page<GuardianshipDTO> guardianships(@PathParam("id") String id,
                                               @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                               @QueryParam("status") String status,
                                               @QueryParam("offset") String offset,
                                               @QueryParam("limit") String limit) {
        long personId = Params.id(RECORD, id);
        GuardianshipQuery query = new GuardianshipQuery();
        query.status = Params.enumParam(Status.class, "status", status);
        PageRequest page = Params.page(offset, limit);
        // An unknown person is 404, not an empty page.
        persons.get(personId);
        query.childId = personId;
        return guardianships.list(query, page);
    }
}
