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
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.Page;
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

/** Households with members working away (外出务工家庭档案). */
@Component(service = HouseholdResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {
    static final String RECORD = "household";

    @Reference
    DivisionService divisions;

    @Reference
    HouseholdService households;

    @GET
    @ApiResponseType(value = HouseholdDTO.class, page = true, summary = "列出家庭。List households")
    public Page<HouseholdDTO> list(@QueryParam("township") String township,
                                   @QueryParam("village") String village,
                                   @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                   @QueryParam("status") String status,
                                   @Parameter(description = "true：仅特困家庭；false：仅非特困家庭。true: hardship families only; false: the others only.", schema = @Schema(type = "boolean", defaultValue = "false"))
                                   @QueryParam("hardship") String hardship,
                                   @Parameter(description = "户主姓名前缀。Prefix of the head of household's name.")
                                   @QueryParam("name") String name,
                                   @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        HouseholdQuery query = new HouseholdQuery();
        query.townshipCode = divisions.townshipCode("township", township);
        query.villageCode = divisions.villageCode("village", village);
        query.status = Params.enumParam(Status.class, "status", status);
        query.hardship = Params.booleanParam("hardship", hardship);
        query.namePrefix = Params.text(name);
        return households.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = HouseholdDTO.class, summary = "读取家庭；ETag 即其版本。Get a household; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        HouseholdDTO household = households.get(Params.id(RECORD, id));
        return Etags.ok(household, household.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = HouseholdDTO.class, status = 201, summary = "登记家庭。Register a household")
    public Response create(HouseholdDTO household, @Context UriInfo uriInfo) {
        HouseholdDTO created = households.create(Params.body(household));
        return Params.created(uriInfo, HouseholdResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = HouseholdDTO.class, summary = "整体替换家庭及其外出务工成员（须 If-Match）。Replace a household and its migrant members (If-Match required)")
    public Response update(@PathParam("id") String id, HouseholdDTO household, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        HouseholdDTO updated = households.update(Params.id(RECORD, id), version, Params.body(household));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = HouseholdDTO.class, summary = "注销家庭登记（须 If-Match）。End a household's registration (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        HouseholdDTO ended = households.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
