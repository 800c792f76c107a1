package ${package}.internal.rest;

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
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import ${package}.api.${aggregate}DTO;
import ${package}.api.${aggregate}Query;
import ${package}.api.${aggregate}Service;
import ${package}.internal.spi.${moduleClass}Module;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/**
 * ${aggregate} records over REST. Holds no state and no rule: parameters are Strings turned into values by
 * {@link Params} (a bad one is a 400 naming it), the service decides the rest. Who may call what: {@code @Allow}.
 */
@Component(service = ${aggregate}Resource.class)
@GuanaiResource
@JaxrsApplicationSelect(${moduleClass}Application.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, ${moduleClass}Module.ROLE})
@Path("${aggregates}")
@Produces(MediaType.APPLICATION_JSON)
public class ${aggregate}Resource {
    static final String RECORD = "${aggregate.toLowerCase()}";

    @Reference
    ${aggregate}Service records;

    @GET
    @ApiResponseType(value = ${aggregate}DTO.class, page = true, summary = "List ${aggregates}")
    public Page<${aggregate}DTO> list(@QueryParam("township") String township,
                                      @QueryParam("person") String person,
                                      @QueryParam("name") String name,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        ${aggregate}Query query = new ${aggregate}Query();
        query.townshipCode = Params.text(township);
        query.personId = Params.longParam("person", person);
        query.namePrefix = Params.text(name);
        return records.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = ${aggregate}DTO.class, summary = "Get one; its ETag is its version")
    public Response get(@PathParam("id") String id) {
        ${aggregate}DTO record = records.get(Params.id(RECORD, id));
        return Etags.ok(record, record.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ${aggregate}DTO.class, status = 201, summary = "Record one")
    public Response create(${aggregate}DTO record, @Context UriInfo uriInfo) {
        ${aggregate}DTO created = records.create(Params.body(record));
        return Params.created(uriInfo, ${aggregate}Resource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ${aggregate}DTO.class, summary = "Correct one (If-Match required)")
    public Response update(@PathParam("id") String id, ${aggregate}DTO record, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ${aggregate}DTO updated = records.update(Params.id(RECORD, id), version, Params.body(record));
        return Etags.ok(updated, updated.version);
    }
}
