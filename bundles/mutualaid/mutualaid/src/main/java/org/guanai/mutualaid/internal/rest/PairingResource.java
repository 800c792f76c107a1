package org.guanai.mutualaid.internal.rest;

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
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingQuery;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.mutualaid.internal.spi.MutualAidModule;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.Status;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** 1+1 pairings: a helper with a household or a person. Ended, never deleted; their visits are {@code /visits}. */
@Component(service = PairingResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE})
@Path("pairings")
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {
    static final String RECORD = "pairing";

    @Reference
    PairingService pairings;

    @GET
    @ApiResponseType(value = PairingDTO.class, page = true, summary = "列出结对。List 1+1 pairings")
    public Page<PairingDTO> list(@QueryParam("township") String township,
                                 @Parameter(description = "结对人员编号。Paired person id.", schema = @Schema(type = "integer", format = "int64"))
                                 @QueryParam("person") String person,
                                 @Parameter(description = "结对家庭编号。Paired household id.", schema = @Schema(type = "integer", format = "int64"))
                                 @QueryParam("household") String household,
                                 @Parameter(description = "帮扶志愿者编号。Helper volunteer id.", schema = @Schema(type = "integer", format = "int64"))
                                 @QueryParam("volunteer") String volunteer,
                                 @Parameter(description = "状态：进行中（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                 @QueryParam("status") String status,
                                 @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit) {
        PairingQuery query = new PairingQuery();
        query.townshipCode = Params.text(township);
        query.personId = Params.longParam("person", person);
        query.householdId = Params.longParam("household", household);
        query.helperVolunteerId = Params.longParam("volunteer", volunteer);
        query.status = Params.enumParam(Status.class, "status", status);
        return pairings.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = PairingDTO.class, summary = "读取结对；ETag 即其版本。Get a pairing; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        PairingDTO p = pairings.get(Params.id(RECORD, id));
        return Etags.ok(p, p.version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PairingDTO.class, status = 201, summary = "登记结对。Register a pairing")
    public Response create(PairingDTO pairing, @Context UriInfo uriInfo) {
        PairingDTO created = pairings.create(Params.body(pairing));
        return Params.created(uriInfo, PairingResource.class, created.id, created, created.version);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PairingDTO.class, summary = "更正开始日期或备注（须 If-Match）。Correct the start or notes (If-Match required)")
    public Response update(@PathParam("id") String id, PairingDTO pairing, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        PairingDTO updated = pairings.update(Params.id(RECORD, id), version, Params.body(pairing));
        return Etags.ok(updated, updated.version);
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = PairingDTO.class, summary = "结束结对，走访记录保留（须 If-Match）。End a pairing; its visits stay (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）和说明；可为空。The day (today when absent) and a note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        PairingDTO ended = pairings.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
