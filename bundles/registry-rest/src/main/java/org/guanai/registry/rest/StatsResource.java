package org.guanai.registry.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.YearMonth;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.guanai.registry.api.MigrantDestinationDTO;
import org.guanai.registry.api.MonthlyStatsDTO;

import org.guanai.registry.api.Roles;
import org.guanai.registry.api.StatsService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Active counts for the county and per township, where the members of its households work, and the registry
 * month by month. Each counts only what the caller sees; a statistics-only caller gets no small cells in the
 * destinations and months (see {@link org.guanai.registry.api.StatsService#SMALL_CELL}).
 */
@Component(service = StatsResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP, Roles.HEALTH, Roles.LEGAL, Roles.VIEWER})
@Path(GuanaiRest.API + "/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    @Reference
    StatsService stats;

    @GET
    @ApiResponseType(value = StatsResponse.class, summary = "在册人数：全县合计及各乡镇一行。Active counts: the county's totals and one row per township")
    public StatsResponse get() {
        return new StatsResponse(stats.county(), stats.byTownship());
    }

    @GET
    @Path("migrants")
    @ApiResponseType(value = MigrantDestinationDTO.class, list = true,
            summary = "在册家庭外出成员的务工地（省、市），家庭最多的在前。Where members of active households work (province, city), most households first")
    public List<MigrantDestinationDTO> migrants(@QueryParam("township") String township) {
        return stats.migrantDestinations(Params.text(township));
    }

    @GET
    @Path("monthly")
    @ApiResponseType(value = MonthlyStatsDTO.class, list = true,
            summary = "逐月（默认最近 12 个月）：新登记、结束、月末在册、服务记录。Month by month (default the last 12): registered, ended, active at each month's end, service records")
    public List<MonthlyStatsDTO> monthly(@QueryParam("township") String township,
                                         @Parameter(description = "起始月份（含），如 2026-01；默认 12 个月前。First month (included), e.g. 2026-01; 12 months ago by default.", schema = @Schema(pattern = "^\\d{4}-\\d{2}$", example = "2026-01")) @QueryParam("from") String from,
                                         @Parameter(description = "结束月份（含），不晚于本月；默认本月。Last month (included), not after this one; this month by default.", schema = @Schema(pattern = "^\\d{4}-\\d{2}$", example = "2026-11")) @QueryParam("to") String to) {
        YearMonth last = Params.monthParam("to", to);
        YearMonth first = Params.monthParam("from", from);
        if (last == null) {
            last = YearMonth.now();
        }
        if (first == null) {
            first = last.minusMonths(11);
        }
        return stats.monthly(Params.text(township), first, last);
    }
}
