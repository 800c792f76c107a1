package org.guanai.registry.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Roster imports (花名册导入): upload a CSV or XLSX file, follow the job, download its row report. County
 * staff only: an import writes county-wide.
 */
@Component(service = ImportResource.class)
@GuanaiResource
@Allow({Roles.COUNTY})
@javax.ws.rs.Path(GuanaiRest.API + "/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Reference
    RosterService roster;

    /**
     * Starts an import: 202 with the job, its Location to follow. A body that is no roster at all is a
     * 400 now; problems of single rows are in the job's report.
     */
    @POST
    // "*/*" too: the format is sniffed from the content, and a refused role gets 403 before any 415.
    @Consumes({"text/csv", "text/plain", XLSX, MediaType.APPLICATION_OCTET_STREAM, "*/*"})
    @ApiResponseType(value = ImportJobDTO.class, status = 202,
            summary = "Upload a roster (CSV or XLSX, a county's layout or the template) and start its import; dryRun=true "
                    + "validates only; category, layout, map=HEADER=column;HEADER=column, saveLayout")
    public Response create(InputStream body,
                           @QueryParam("dryRun") String dryRun,
                           @QueryParam("confirmDuplicates") String confirmDuplicates,
                           @QueryParam("filename") String filename,
                           @QueryParam("category") String category,
                           @QueryParam("layout") String layout,
                           @QueryParam("map") String map,
                           @QueryParam("saveLayout") String saveLayout,
                           @Context HttpHeaders headers,
                           @Context UriInfo uriInfo) throws IOException {
        ImportOptions options = new ImportOptions();
        options.dryRun = Boolean.TRUE.equals(Params.booleanParam("dryRun", dryRun));
        options.confirmDuplicates = Boolean.TRUE.equals(Params.booleanParam("confirmDuplicates", confirmDuplicates));
        options.category = Params.enumParam(CareCategory.class, "category", category);
        options.layout = Params.text(layout);
        options.saveLayout = Params.text(saveLayout);
        for (String m : Params.text(map) == null ? new String[0] : map.split("[;；]")) {
            if (m.isBlank()) {
                continue;
            }
            int eq = m.lastIndexOf('=');
            if (eq <= 0) {
                throw ValidationException.of("map", "'" + m + "' 应为 表头=列 should be HEADER=column, e.g. 联系方式=phone");
            }
            options.mapping.put(m.substring(0, eq), m.substring(eq + 1));
        }
        String name = Params.text(filename);
        if (name == null) {
            name = Params.text(headers.getHeaderString("filename"));
        }
        options.fileName = name == null ? "upload" : name;
        // streamed to a bounded temporary file by the service, parsed from there when the job runs
        ImportJobDTO job = roster.submit(body, options);
        URI location = uriInfo.getBaseUriBuilder().path(ImportResource.class).path(job.id).build();
        return Response.accepted(job).location(location).build();
    }

    @GET
    @ApiResponseType(value = ImportJobDTO.class, list = true, summary = "The import jobs since the last start")
    public List<ImportJobDTO> list() {
        return roster.jobs();
    }

    @GET
    @javax.ws.rs.Path("{id}")
    @ApiResponseType(value = ImportJobDTO.class, summary = "An import job: status and progress")
    public ImportJobDTO get(@PathParam("id") String id) {
        return roster.job(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    @GET
    @javax.ws.rs.Path("{id}/report")
    @Produces({"text/csv; charset=UTF-8", "*/*"}) // 403 before 406 for a refused role, as the export
    @ApiResponseType(value = String.class,
            summary = "The job's row report as CSV: line, column, problem, expected, severity, sheet")
    public Response report(@PathParam("id") String id) {
        roster.job(id).orElseThrow(() -> new NotFoundException("import", id));
        StreamingOutput csv = out -> roster.writeReport(id, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }
}
