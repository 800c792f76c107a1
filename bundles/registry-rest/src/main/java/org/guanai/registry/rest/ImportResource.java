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

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

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
import java.util.Locale;
import org.guanai.registry.api.Message;

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
            summary = "上传花名册（CSV 或 XLSX，县里自己的格式或模板）并开始导入；dryRun=true 只校验；category、layout、map=表头=列;表头=列、saveLayout。"
                    + "Upload a roster (CSV or XLSX, a county's layout or the template) and start its import; dryRun=true "
                    + "validates only; category, layout, map=HEADER=column;HEADER=column, saveLayout")
    public Response create(@RequestBody(required = true, description = "花名册文件（CSV 为 UTF-8 或 GBK，或 XLSX），至多 64 MB。"
                                   + "The roster file (CSV in UTF-8 or GBK, or XLSX), at most 64 MB.", content = {
                                   @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                                   @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                                   @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                           schema = @Schema(type = "string", format = "binary"))})
                           InputStream body,
                           @Parameter(description = "true：只校验，不写入。true: validate only, write nothing.", schema = @Schema(type = "boolean", defaultValue = "false"))
                           @QueryParam("dryRun") String dryRun,
                           @Parameter(description = "true：已人工核实，疑似重复的行也导入。true: checked by a person, import likely duplicates too.", schema = @Schema(type = "boolean", defaultValue = "false"))
                           @QueryParam("confirmDuplicates") String confirmDuplicates,
                           @Parameter(description = "原文件名（写入报告）；也可用 filename 请求头。The file's name, for the report; or the filename header.")
                           @QueryParam("filename") String filename,
                           @Parameter(description = "没有“类别”列时每人的关爱类别（儿童花名册本身即为 LEFT_BEHIND_CHILD）。The care category of every person when no 类别 column says it (a children's roster is LEFT_BEHIND_CHILD by itself).", schema = @Schema(implementation = CareCategory.class))
                           @QueryParam("category") String category,
                           @Parameter(description = "按此格式读取：children、women、elderly、guardians、households、template，或已保存的格式名；默认按表头识别。Read the file as this layout: children, women, elderly, guardians, households, template, or a saved one; recognised from the headers by default.", example = "children")
                           @QueryParam("layout") String layout,
                           @Parameter(description = "导入不认识的表头及其对应的列，以分号分隔：表头=列（=- 忽略该列）。Headers the import does not know and their columns, separated by semicolons: HEADER=column (=- ignores a column).", example = "联系方式=phone;备注2=-")
                           @QueryParam("map") String map,
                           @Parameter(description = "以此名称保存本次导入所用的列对应，下次用 layout 引用。Save this import's mapping under this name, for layout next time.", example = "荣家湾镇儿童")
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
                throw ValidationException.of("map", RegistryRestText.text("import.mapForm", m));
            }
            options.mapping.put(m.substring(0, eq), m.substring(eq + 1));
        }
        String name = Params.text(filename);
        if (name == null) {
            name = Params.text(headers.getHeaderString("filename"));
        }
        options.fileName = name == null ? "upload" : name;
        // streamed to a bounded temporary file by the service, parsed from there when the job runs
        ImportJobDTO submitted = roster.submit(body, options);
        URI location = uriInfo.getBaseUriBuilder().path(ImportResource.class).path(submitted.id).build();
        // its message and mapping lines in the language Accept-Language asks for
        ImportJobDTO job = roster.job(submitted.id, language(headers)).orElse(submitted);
        return Response.accepted(job).location(location).build();
    }

    @GET
    @ApiResponseType(value = ImportJobDTO.class, list = true, summary = "最近的导入任务（最多50个，所有节点的）。The latest import jobs (up to 50), of every node")
    public List<ImportJobDTO> list(@Context HttpHeaders headers) {
        return roster.jobs(language(headers));
    }

    @GET
    @javax.ws.rs.Path("{id}")
    @ApiResponseType(value = ImportJobDTO.class, summary = "导入任务：状态与进度。An import job: status and progress")
    public ImportJobDTO get(@Parameter(description = "导入任务编号。Import job id.")
                            @PathParam("id") String id,
                            @Context HttpHeaders headers) {
        return roster.job(id, language(headers)).orElseThrow(() -> new NotFoundException("import", id));
    }

    @GET
    @javax.ws.rs.Path("{id}/report")
    @Produces({"text/csv; charset=UTF-8", "*/*"}) // 403 before 406 for a refused role, as the export
    @ApiResponseType(value = String.class,
            summary = "任务的逐行报告（CSV）：行、列、问题、应为、严重程度、工作表。The job's row report as CSV: line, column, problem, expected, severity, sheet")
    public Response report(@Parameter(description = "导入任务编号。Import job id.")
                           @PathParam("id") String id,
                           @Context HttpHeaders headers) {
        roster.job(id).orElseThrow(() -> new NotFoundException("import", id));
        Locale language = language(headers);
        StreamingOutput csv = out -> roster.writeReport(id, out, language);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }

    /** The reader's language: the first of ours that Accept-Language lists; Chinese otherwise. */
    private static Locale language(HttpHeaders headers) {
        return Message.choose(headers == null ? null : headers.getAcceptableLanguages());
    }
}
