package org.guanai.mutualaid.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.mutualaid.api.VisitDTO;
import org.guanai.mutualaid.api.VisitService;
import org.guanai.mutualaid.internal.MutualAidText;
import org.guanai.mutualaid.internal.spi.MutualAidModule;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** Visits of 1+1 pairings, each on a day inside its pairing's period. */
@Component(service = VisitResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE})
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {
    static final String RECORD = "visit";

    @Reference
    VisitService visits;

    @GET
    @ApiResponseType(value = VisitDTO.class, page = true, summary = "一个结对的走访，新的在前。A pairing's visits, newest first")
    public Page<VisitDTO> list(@Parameter(description = "结对编号（必填）。Pairing id (required).", schema = @Schema(type = "integer", format = "int64"))
                               @QueryParam("pairing") String pairing,
                               @QueryParam("offset") String offset,
                               @QueryParam("limit") String limit) {
        Long id = Params.longParam("pairing", pairing);
        if (id == null) {
            throw ValidationException.of("pairing", MutualAidText.text("required"));
        }
        return visits.list(id, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = VisitDTO.class, summary = "读取走访；ETag 即其版本。Get a visit; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        VisitDTO v = visits.get(Params.id(RECORD, id));
        return Etags.ok(v, v.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = VisitDTO.class, status = 201, summary = "登记走访（须在结对期内）。Record a visit (inside the pairing's period)")
    public Response create(VisitDTO visit, @Context UriInfo uriInfo) {
        VisitDTO created = visits.create(Params.body(visit));
        return Params.created(uriInfo, VisitResource.class, created.id, created, created.version);
    }
}
