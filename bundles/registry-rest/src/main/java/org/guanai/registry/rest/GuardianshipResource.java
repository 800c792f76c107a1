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
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Left-behind children's guardians (监护人登记) and the list of children without a capable one. */
@Component(service = GuardianshipResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/guardianships")
@Produces(MediaType.APPLICATION_JSON)
public class GuardianshipResource {
    static final String RECORD = "guardianship";

    @Reference
    DivisionService divisions;

    @Reference
    GuardianshipService guardianships;

    @GET
    @ApiResponseType(value = GuardianshipDTO.class, page = true, summary = "列出监护关系。List guardianships")
    public Page<GuardianshipDTO> list(@Parameter(description = "儿童的人员编号。Person id of the child.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                      @QueryParam("child") String child,
                                      @Parameter(description = "监护人的人员编号。Person id of the guardian.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                      @QueryParam("guardian") String guardian,
                                      @Parameter(description = "监护能力。Guardian capacity.", schema = @Schema(implementation = GuardianCapacity.class))
                                      @QueryParam("capacity") String capacity,
                                      @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                      @QueryParam("status") String status,
                                      @QueryParam("township") String township,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        GuardianshipQuery query = new GuardianshipQuery();
        query.childId = Params.longParam("child", child);
        query.guardianId = Params.longParam("guardian", guardian);
        query.capacity = Params.enumParam(GuardianCapacity.class, "capacity", capacity);
        query.status = Params.enumParam(Status.class, "status", status);
        query.townshipCode = divisions.townshipCode("township", township);
        return guardianships.list(query, Params.page(offset, limit));
    }

    /** A literal path, so JAX-RS matches it before {id}. */
    @GET
    @Path("alerts")
    @ApiResponseType(value = PersonDTO.class, page = true,
            summary = "没有监护能力良好的在册监护人的留守儿童。Active left-behind children with no active guardian of good capacity")
    public Page<PersonDTO> alerts(@QueryParam("township") String township,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        return guardianships.childrenWithoutCapableGuardian(divisions.townshipCode("township", township), Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = GuardianshipDTO.class, summary = "读取监护关系；ETag 即其版本。Get a guardianship; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        GuardianshipDTO guardianship = guardianships.get(Params.id(RECORD, id));
        return Etags.ok(guardianship, guardianship.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GuardianshipDTO.class, status = 201, summary = "登记儿童的监护人。Register a child's guardian")
    public Response create(GuardianshipDTO guardianship, @Context UriInfo uriInfo) {
        GuardianshipDTO created = guardianships.create(Params.body(guardianship));
        return Params.created(uriInfo, GuardianshipResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GuardianshipDTO.class, summary = "整体替换监护关系（须 If-Match）。Replace a guardianship (If-Match required)")
    public Response update(@PathParam("id") String id, GuardianshipDTO guardianship, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        GuardianshipDTO updated = guardianships.update(Params.id(RECORD, id), version, Params.body(guardianship));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GuardianshipDTO.class, summary = "结束监护关系（须 If-Match）。End a guardianship (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        GuardianshipDTO ended = guardianships.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
