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
    @ApiResponseType(value = GuardianshipDTO.class, page = true, summary = "List guardianships")
    public Page<GuardianshipDTO> list(@QueryParam("child") String child,
                                      @QueryParam("guardian") String guardian,
                                      @QueryParam("capacity") String capacity,
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
            summary = "Active left-behind children with no active guardian of good capacity")
    public Page<PersonDTO> alerts(@QueryParam("township") String township,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        return guardianships.childrenWithoutCapableGuardian(divisions.townshipCode("township", township), Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = GuardianshipDTO.class, summary = "Get a guardianship; its ETag is its version")
    public Response get(@PathParam("id") String id) {
        GuardianshipDTO guardianship = guardianships.get(Params.id(RECORD, id));
        return Etags.ok(guardianship, guardianship.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GuardianshipDTO.class, status = 201, summary = "Register a child's guardian")
    public Response create(GuardianshipDTO guardianship, @Context UriInfo uriInfo) {
        GuardianshipDTO created = guardianships.create(Params.body(guardianship));
        return Params.created(uriInfo, GuardianshipResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GuardianshipDTO.class, summary = "Replace a guardianship (If-Match required)")
    public Response update(@PathParam("id") String id, GuardianshipDTO guardianship, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        GuardianshipDTO updated = guardianships.update(Params.id(RECORD, id), version, Params.body(guardianship));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = GuardianshipDTO.class, summary = "End a guardianship (If-Match required)")
    public Response end(@PathParam("id") String id, EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        GuardianshipDTO ended = guardianships.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
