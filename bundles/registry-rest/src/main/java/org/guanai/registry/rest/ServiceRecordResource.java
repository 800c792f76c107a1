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

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ServiceKind;
import org.guanai.registry.api.ServiceRecordDTO;
import org.guanai.registry.api.ServiceRecordQuery;
import org.guanai.registry.api.ServiceRecordService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Services delivered. Records are facts: they are corrected (PUT), never ended. */
@Component(service = ServiceRecordResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/service-records")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {
    static final String RECORD = "service record";

    @Reference
    ServiceRecordService records;

    @GET
    @ApiResponseType(value = ServiceRecordDTO.class, page = true, summary = "List service records")
    public Page<ServiceRecordDTO> list(@QueryParam("person") String person,
                                       @QueryParam("site") String site,
                                       @QueryParam("team") String team,
                                       @QueryParam("kind") String kind,
                                       @QueryParam("from") String from,
                                       @QueryParam("to") String to,
                                       @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit) {
        ServiceRecordQuery query = new ServiceRecordQuery();
        query.personId = Params.longParam("person", person);
        query.siteId = Params.longParam("site", site);
        query.teamId = Params.longParam("team", team);
        query.kind = Params.enumParam(ServiceKind.class, "kind", kind);
        query.from = Params.dateParam("from", from);
        query.to = Params.dateParam("to", to);
        return records.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = ServiceRecordDTO.class, summary = "Get a service record; its ETag is its version")
    public Response get(@PathParam("id") String id) {
        ServiceRecordDTO record = records.get(Params.id(RECORD, id));
        return Etags.ok(record, record.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceRecordDTO.class, status = 201, summary = "Record a service delivered")
    public Response create(ServiceRecordDTO record, @Context UriInfo uriInfo) {
        ServiceRecordDTO created = records.create(Params.body(record));
        return Params.created(uriInfo, ServiceRecordResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceRecordDTO.class, summary = "Correct a service record (If-Match required)")
    public Response update(@PathParam("id") String id, ServiceRecordDTO record, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ServiceRecordDTO updated = records.update(Params.id(RECORD, id), version, Params.body(record));
        return Etags.ok(updated, updated.version);
    }
}
