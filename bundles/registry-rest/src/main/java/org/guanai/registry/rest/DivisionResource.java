package org.guanai.registry.rest;

import java.util.ArrayList;
import java.util.List;

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

import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.Params;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The county and its townships and villages, as registry:county set them up from the national list; an
 * administrator adds a village the list lacks ({@code POST /divisions}, the code proposed unless given).
 */
@Component(service = DivisionResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(GuanaiRest.API + "/divisions")
@Produces(MediaType.APPLICATION_JSON)
public class DivisionResource {
    /** How many matches a search returns: enough for a completer, small enough to stay fast. */
    static final int SEARCH_LIMIT = 20;

    @Reference
    DivisionService divisions;

    /**
     * Without parameters: the county, then its townships. {@code parent}: that division's
     * children. {@code q}: divisions whose name or code starts with it.
     */
    @GET
    @ApiResponseType(value = DivisionDTO.class, list = true,
            summary = "全县及其乡镇；或某区划的下级（parent）；或前缀搜索（q）。The county and its townships; or a division's children (parent); or a prefix search (q)")
    public List<DivisionDTO> list(@Parameter(description = "上级区划代码：列出其下级。Code of the division whose children to list.")
                                  @QueryParam("parent") String parent,
                                  @Parameter(description = "名称或代码前缀（不可与 parent 同用）。Name or code prefix (not together with parent).")
                                  @QueryParam("q") String q) {
        String parentCode = Params.text(parent);
        String prefix = Params.text(q);
        if (parentCode != null && prefix != null) {
            throw ValidationException.of("q", RegistryRestText.text("division.qWithParent"));
        }
        if (prefix != null) {
            return divisions.search(prefix, SEARCH_LIMIT);
        }
        if (parentCode != null) {
            String code = parentCode.chars().allMatch(Character::isDigit) ? parentCode
                    : divisions.townshipCode("parent", parentCode);
            if (divisions.find(code).isEmpty()) {
                throw ValidationException.of("parent", RegistryRestText.text("division.notInCounty", parentCode));
            }
            return divisions.children(code);
        }
        DivisionDTO county = divisions.county();
        List<DivisionDTO> result = new ArrayList<>();
        result.add(county);
        result.addAll(divisions.children(county.code));
        return result;
    }

    /** A village the national list lacks; its code is proposed unless given. */
    @Allow(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponseType(value = DivisionDTO.class, status = 201,
            summary = "为乡镇添加全国区划表中没有的村（不给代码时由系统给出）。Add a village the national list lacks to a township (code proposed unless given)")
    public Response addVillage(VillageRequest request, @Context UriInfo uriInfo) {
        VillageRequest r = Params.body(request);
        DivisionDTO village = divisions.addVillage(r.township, r.name, r.code);
        return Response.created(uriInfo.getBaseUriBuilder().path(DivisionResource.class).path(village.code).build())
                .entity(village).build();
    }

    /** {@code {"township": "荣家湾镇", "name": "新湖村", "code": null}}. */
    public static class VillageRequest {
        public String township;
        public String name;
        public String code;
    }

    @GET
    @Path("{code}")
    @ApiResponseType(value = DivisionDTO.class, summary = "按代码读取行政区划。Get a division by its code")
    public DivisionDTO get(@Parameter(description = "区划代码（县 6 位、乡镇 9 位、村 12 位）。Division code (6 digits for the county, 9 for a township, 12 for a village).")
                           @PathParam("code") String code) {
        return divisions.get(code);
    }
}
