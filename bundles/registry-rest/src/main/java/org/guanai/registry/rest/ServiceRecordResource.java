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
    @ApiResponseType(value = ServiceRecordDTO.class, page = true, summary = "列出服务记录。List service records")
    public Page<ServiceRecordDTO> list(@Parameter(description = "服务对象的人员编号。Person id of someone served.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                       @QueryParam("person") String person,
                                       @Parameter(description = "服务阵地编号。Service site id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                       @QueryParam("site") String site,
                                       @Parameter(description = "服务队伍编号。Service team id.", schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                                       @QueryParam("team") String team,
                                       @Parameter(description = "服务类型。Kind of service.", schema = @Schema(implementation = ServiceKind.class))
                                       @QueryParam("kind") String kind,
                                       @Parameter(description = "起始日期（含）。From this day (inclusive).", schema = @Schema(type = "string", format = "date"))
                                       @QueryParam("from") String from,
                                       @Parameter(description = "截止日期（含）。Up to this day (inclusive).", schema = @Schema(type = "string", format = "date"))
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
    @ApiResponseType(value = ServiceRecordDTO.class, summary = "读取服务记录；ETag 即其版本。Get a service record; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        ServiceRecordDTO record = records.get(Params.id(RECORD, id));
        return Etags.ok(record, record.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceRecordDTO.class, status = 201, summary = "登记一次服务。Record a service delivered")
    public Response create(ServiceRecordDTO record, @Context UriInfo uriInfo) {
        ServiceRecordDTO created = records.create(Params.body(record));
        return Params.created(uriInfo, ServiceRecordResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceRecordDTO.class, summary = "更正服务记录（须 If-Match）。Correct a service record (If-Match required)")
    public Response update(@PathParam("id") String id, ServiceRecordDTO record, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ServiceRecordDTO updated = records.update(Params.id(RECORD, id), version, Params.body(record));
        return Etags.ok(updated, updated.version);
    }
}
