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
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ServiceSiteDTO;
import org.guanai.registry.api.ServiceSiteService;
import org.guanai.registry.api.SiteKind;
import org.guanai.registry.api.SiteQuery;
import org.guanai.registry.api.Status;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Service sites: children's homes (留守儿童之家), women's homes (妇女之家) and combined sites. */
@Component(service = ServiceSiteResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL})
@Path(GuanaiRest.API + "/sites")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceSiteResource {
    static final String RECORD = "site";

    @Reference
    DivisionService divisions;

    @Reference
    ServiceSiteService sites;

    @GET
    @ApiResponseType(value = ServiceSiteDTO.class, page = true, summary = "列出服务阵地。List service sites")
    public Page<ServiceSiteDTO> list(@QueryParam("township") String township,
                                     @QueryParam("village") String village,
                                     @Parameter(description = "阵地类型。Kind of site.", schema = @Schema(implementation = SiteKind.class))
                                     @QueryParam("kind") String kind,
                                     @Parameter(description = "状态：在册（ACTIVE）或已结束（ENDED）。Status: active or ended.", schema = @Schema(implementation = Status.class))
                                     @QueryParam("status") String status,
                                     @Parameter(description = "名称前缀。Name prefix.")
                                     @QueryParam("name") String name,
                                     @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit) {
        SiteQuery query = new SiteQuery();
        query.townshipCode = divisions.townshipCode("township", township);
        query.villageCode = divisions.villageCode("village", village);
        query.kind = Params.enumParam(SiteKind.class, "kind", kind);
        query.status = Params.enumParam(Status.class, "status", status);
        query.namePrefix = Params.text(name);
        return sites.list(query, Params.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @ApiResponseType(value = ServiceSiteDTO.class, summary = "读取服务阵地；ETag 即其版本。Get a service site; its ETag is its version", etag = true)
    public Response get(@PathParam("id") String id) {
        ServiceSiteDTO site = sites.get(Params.id(RECORD, id));
        return Etags.ok(site, site.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceSiteDTO.class, status = 201, summary = "登记服务阵地。Register a service site")
    public Response create(ServiceSiteDTO site, @Context UriInfo uriInfo) {
        ServiceSiteDTO created = sites.create(Params.body(site));
        return Params.created(uriInfo, ServiceSiteResource.class, created.id, created, created.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceSiteDTO.class, summary = "整体替换服务阵地（须 If-Match）。Replace a service site (If-Match required)")
    public Response update(@PathParam("id") String id, ServiceSiteDTO site, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ServiceSiteDTO updated = sites.update(Params.id(RECORD, id), version, Params.body(site));
        return Etags.ok(updated, updated.version);
    }

    @Allow({Roles.COUNTY, Roles.TOWNSHIP})
    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = ServiceSiteDTO.class, summary = "关闭服务阵地，历史保留（须 If-Match）。Close a service site; its history stays (If-Match required)")
    public Response end(@PathParam("id") String id, @RequestBody(required = false, description = "结束的日期（默认今天）、原因和说明；可为空。The day (today when absent), reason and note; may be empty.") EndRequest end, @Context HttpHeaders headers) {
        long version = Etags.requireIfMatch(headers);
        ServiceSiteDTO ended = sites.end(Params.id(RECORD, id), version, Params.endRequest(end));
        return Etags.ok(ended, ended.version);
    }
}
