package org.guanai.mutualaid.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.guanai.mutualaid.api.InactiveGroupDTO;
import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.mutualaid.api.StalePairingDTO;
import org.guanai.mutualaid.api.UngroupedWomanDTO;
import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.mutualaid.internal.spi.MutualAidModule;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;

/** The lists a township acts on: who no one is paired with, groups gone quiet, pairings with no visit, women in no group. */
@Component(service = ListResource.class)
@GuanaiResource
@JaxrsApplicationSelect(MutualAidApplication.SELECT)
@Allow({Roles.COUNTY, Roles.TOWNSHIP, MutualAidModule.ROLE})
@Path("lists")
@Produces(MediaType.APPLICATION_JSON)
public class ListResource {

    @Reference
    MutualAidReports reports;

    @GET
    @Path("unpaired-vulnerable")
    @ApiResponseType(value = UnpairedCaseDTO.class, page = true,
            summary = "无人结对的困难对象（无有效监护儿童、特困家庭、独居老人），按乡镇、村。Vulnerable cases no active pairing covers, by township and village")
    public Page<UnpairedCaseDTO> unpaired(@QueryParam("township") String township,
                                          @Parameter(description = "只列此原因。Only this reason.", schema = @Schema(implementation = VulnerableReason.class))
                                          @QueryParam("reason") String reason,
                                          @QueryParam("offset") String offset,
                                          @QueryParam("limit") String limit) {
        return reports.unpairedVulnerable(Params.text(township),
                Params.enumParam(VulnerableReason.class, "reason", reason), Params.page(offset, limit));
    }

    @GET
    @Path("inactive-groups")
    @ApiResponseType(value = InactiveGroupDTO.class, page = true,
            summary = "N 天（默认 90）无活动的互助组。Active groups with no activity in N days (default 90)")
    public Page<InactiveGroupDTO> inactiveGroups(@QueryParam("township") String township,
                                                 @Parameter(description = "天数，默认 90。Days, 90 by default.", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "3650"))
                                                 @QueryParam("days") String days,
                                                 @QueryParam("offset") String offset,
                                                 @QueryParam("limit") String limit) {
        return reports.inactiveGroups(Params.text(township), days(days), Params.page(offset, limit));
    }

    @GET
    @Path("stale-pairings")
    @ApiResponseType(value = StalePairingDTO.class, page = true,
            summary = "N 天（默认 90）未走访的结对。Active pairings with no visit in N days (default 90)")
    public Page<StalePairingDTO> stalePairings(@QueryParam("township") String township,
                                               @Parameter(description = "天数，默认 90。Days, 90 by default.", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "3650"))
                                               @QueryParam("days") String days,
                                               @QueryParam("offset") String offset,
                                               @QueryParam("limit") String limit) {
        return reports.stalePairings(Params.text(township), days(days), Params.page(offset, limit));
    }

    @GET
    @Path("women-in-no-group")
    @ApiResponseType(value = UngroupedWomanDTO.class, page = true,
            summary = "未加入任何互助组的在册留守妇女。Active left-behind women in no group")
    public Page<UngroupedWomanDTO> womenInNoGroup(@QueryParam("township") String township,
                                                  @QueryParam("village") String village,
                                                  @QueryParam("offset") String offset,
                                                  @QueryParam("limit") String limit) {
        return reports.womenInNoGroup(Params.text(township), Params.text(village), Params.page(offset, limit));
    }

    private static int days(String raw) {
        Integer days = Params.intParam("days", raw, 1, 3650);
        return days == null ? MutualAidReports.DEFAULT_DAYS : days;
    }
}
