package org.guanai.health.internal.rest;

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

import org.guanai.health.api.CampaignDTO;
import org.guanai.health.api.CampaignKind;
import org.guanai.health.api.CampaignQuery;
import org.guanai.health.api.CampaignService;
import org.guanai.registry.api.DivisionService;
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

/** Screening campaigns: what, when, by whom, where. Closed (end), never deleted. */
@Component(service = CampaignResource.class)
@GuanaiResource
@JaxrsApplicationSelect(HealthApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH})
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {
    static final String RECORD = "campaign";

    @Reference
    DivisionService divisions;

    @Reference
    CampaignService campaigns;

    @GET
    @ApiResponseType(value = CampaignDTO.class, page = true, summary = "列出筛查活动。List screening campaigns")
    public Page<CampaignDTO> list(@Parameter(description = "年度。Year.", schema = @Schema(type = "integer", format = "int32", minimum = "1000", maximum = "9999"))
                                  @QueryParam("year") String year,
                                  @Parameter(description = "筛查类型。Kind of campaign.", schema = @Schema(implementation = CampaignKind.class))
                                  @QueryParam("kind") String kind,
                                  @QueryParam("township") String township,
                                  @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                  @QueryParam("status") String status,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit) {
        CampaignQuery query = new CampaignQuery();
        query.year = Params.yearParam("year", year);
        query.kind = Params.enumParam(CampaignKind.class, "kind", kind);
        query.townshipCode = divisions.townshipCode("township", township);
        query.status = Params.enumParam(Status.class, "status", status);
        return campaigns.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = CampaignDTO.class, summary = "读取筛查活动；ETag 即其版本。Get a campaign; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        CampaignDTO campaign = campaigns.get(Params.id(RECORD, id));
        return Etags.ok(campaign, campaign.version);
    }

    @Allow({Roles.COUNTY, Roles.HEALTH})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CampaignDTO.class, status = 201, summary = "登记筛查活动。Register a screening campaign")
    public Response create(CampaignDTO campaign, @Context UriInfo uriInfo) {
        CampaignDTO created = campaigns.create(Params.body(campaign));
        return Params.created(uriInfo, CampaignResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.HEALTH})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CampaignDTO.class, summary = "整体替换筛查活动（须 If-Match）。Replace a campaign (If-Match required)")
    public Response update(@PathParam("id") String id, CampaignDTO campaign, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        CampaignDTO updated = campaigns.update(Params.id(RECORD, id), version, Params.body(campaign));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.HEALTH})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = CampaignDTO.class, summary = "结束筛查活动，其检查记录保留（须 If-Match）。Close a campaign; its checks stay (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        CampaignDTO ended = campaigns.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
