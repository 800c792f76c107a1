package org.guanai.registry.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterFormat;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The roster back out, in the import's layout: CSV (UTF-8 with BOM, for Excel) or XLSX. */
@Component(service = ExportResource.class)
@GuanaiResource
@Allow({Roles.COUNTY, Roles.TOWNSHIP})
@javax.ws.rs.Path(GuanaiRest.API + "/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    @Reference
    RosterService roster;

    /**
     * ID numbers and phones are masked unless the request asks {@code unmask=true} with a {@code reason} and the
     * caller's role may (the authentication filter reads both for every request; the registry decides). The file
     * is made before the response starts, so a failure is a problem, not a cut file.
     */
    @GET
    @javax.ws.rs.Path("roster")
    // "*/*" too: a client that sends only Accept: application/json still gets the file (its Content-Type says
    // what it is), and authorization answers before content negotiation could (403, never 406, for a refused role).
    @Produces({"text/csv; charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "*/*"})
    @ApiResponseType(value = String.class,
            summary = "导出花名册（按乡镇、村、类别；format=csv|xlsx；unmask=true&reason=…）。Export the roster (township, village, category filters; format=csv|xlsx; unmask=true&reason=…)")
    public Response roster(@QueryParam("township") String township,
                           @QueryParam("village") String village,
                           @Parameter(description = "关爱类别。Care category.", schema = @Schema(implementation = CareCategory.class))
                           @QueryParam("category") String category,
                           @Parameter(description = "文件格式（不区分大小写），默认 csv。File format (any case), csv by default.", schema = @Schema(allowableValues = {"csv", "xlsx"}, defaultValue = "csv"))
                           @QueryParam("format") String format) {
        RosterExportQuery q = new RosterExportQuery();
        q.townshipCode = Params.text(township);
        q.villageCode = Params.text(village);
        q.category = Params.enumParam(CareCategory.class, "category", category);
        RosterFormat f = Params.enumParam(RosterFormat.class, "format",
                format == null ? null : format.trim().toUpperCase(java.util.Locale.ROOT));
        q.format = f == null ? RosterFormat.CSV : f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            roster.export(q, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "roster" + (q.townshipCode == null ? "" : "-" + q.townshipCode)
                + (q.villageCode == null ? "" : "-" + q.villageCode) + "." + q.format.extension();
        return Response.ok(out.toByteArray(), q.format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
