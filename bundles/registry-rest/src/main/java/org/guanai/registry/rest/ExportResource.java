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

import org.guanai.registry.api.DivisionService;
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
    DivisionService divisions;

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
            summary = "导出花名册：在册人员（includeEnded=true 含已结束的），按乡镇、村（名称或代码）、类别；format=csv|xlsx；unmask=true&reason=…。"
                    + "Export the roster: active persons (includeEnded=true for all), township, village (names or codes), category; format=csv|xlsx; unmask=true&reason=…")
    public Response roster(@QueryParam("township") String township,
                           @QueryParam("village") String village,
                           @Parameter(description = "关爱类别。Care category.", schema = @Schema(implementation = CareCategory.class))
                           @QueryParam("category") String category,
                           @Parameter(description = "文件格式（不区分大小写），默认 csv。File format (any case), csv by default.", schema = @Schema(allowableValues = {"csv", "xlsx"}, defaultValue = "csv"))
                           @QueryParam("format") String format,
                           @Parameter(description = "true：含已结束（迁出、死亡等）的人员。true: ended persons too.", schema = @Schema(type = "boolean", defaultValue = "false"))
                           @QueryParam("includeEnded") String includeEnded) {
        RosterExportQuery q = new RosterExportQuery();
        q.townshipCode = divisions.townshipCode("township", township);
        q.villageCode = divisions.villageCode("village", village);
        q.category = Params.enumParam(CareCategory.class, "category", category);
        q.includeEnded = Boolean.TRUE.equals(Params.booleanParam("includeEnded", includeEnded));
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
