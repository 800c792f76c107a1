package org.guanai.registry.rest.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.operations.BackupDTO;
import org.guanai.registry.api.operations.BackupService;
import org.guanai.registry.api.operations.RestoreDTO;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Backups of the whole database, for administrators: list them, make one now, download one, and stage one to be
 * restored at the next start (README: Backup and restore). Every backup, download and restore is audited.
 */
@Component(service = BackupResource.class)
@JaxrsResource
@JaxrsExtensionSelect({GuanaiRest.SELECT_AUTH, GuanaiRest.SELECT_JSON, GuanaiRest.SELECT_PROBLEMS})
@Allow(Roles.ADMIN)
@javax.ws.rs.Path(GuanaiRest.API + "/backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
    static final String ZIP = "application/zip";

    @Reference
    BackupService backups;

    @GET
    @ApiResponseType(value = BackupDTO.class, page = true, summary = "数据主目录中的备份，最新的在前（管理员）。The backups in the data home, newest first (admin)")
    public Page<BackupDTO> list() {
        List<BackupDTO> all = backups.list();
        return new Page<>(all, all.size(), 0, all.size());
    }

    @POST
    @ApiResponseType(value = BackupDTO.class, status = 201,
            summary = "立即在线备份整个数据库（管理员；记入审计）；另一备份进行中时 409。Back the whole database up now, online (admin; audited); 409 while another backup runs")
    public Response create(@Context UriInfo uriInfo) {
        BackupDTO made;
        try {
            made = backups.backup();
        } catch (IllegalStateException e) {
            throw new ConflictException(null, e.getMessage());
        }
        URI location = uriInfo == null ? URI.create(made.name) : uriInfo.getAbsolutePathBuilder().path(made.name).build();
        return Response.created(location).entity(made).build();
    }

    @GET
    @javax.ws.rs.Path("{name}")
    @ApiResponseType(value = BackupDTO.class, summary = "一个备份：何时、由谁做的，各表的行数和校验和（管理员）。One backup: when, by whom, every table's rows and checksum (admin)")
    public BackupDTO get(@Parameter(description = "备份名称，如 guanai-20261202-023000。The backup's name, e.g. guanai-20261202-023000.", schema = @Schema(example = "guanai-20261202-023000")) @PathParam("name") String name) {
        return backups.get(name).orElseThrow(() -> new NotFoundException("backup", name));
    }

    @GET
    @javax.ws.rs.Path("{name}/file")
    // "*/*" too, as for the roster export: a refused role gets 403 before any content negotiation
    @Produces({ZIP, "*/*"})
    @ApiResponseType(value = String.class, summary = "下载备份的 zip 文件（管理员；记入审计）。Download a backup's zip file (admin; audited)")
    public Response file(@Parameter(description = "备份名称，如 guanai-20261202-023000。The backup's name, e.g. guanai-20261202-023000.", schema = @Schema(example = "guanai-20261202-023000")) @PathParam("name") String name) {
        Path zip = backups.file(name).orElseThrow(() -> new NotFoundException("backup", name));
        StreamingOutput body = out -> Files.copy(zip, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + zip.getFileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @javax.ws.rs.Path("{name}/restore")
    @ApiResponseType(value = RestoreDTO.class, status = 202,
            summary = "检查备份并安排在下次启动时替换数据库（管理员；记入审计）。Check a backup and stage it to replace the database at the next start (admin; audited)")
    public Response restore(@Parameter(description = "备份名称，如 guanai-20261202-023000。The backup's name, e.g. guanai-20261202-023000.", schema = @Schema(example = "guanai-20261202-023000")) @PathParam("name") String name,
                            @Context UriInfo uriInfo,
                            // the header itself, not HttpHeaders: a write taking HttpHeaders is documented as needing
                            // If-Match (Conventions), which this one does not
                            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RestoreDTO staged;
        try {
            staged = backups.stageRestore(name);
        } catch (IllegalStateException e) {
            throw new ConflictException(null, e.getMessage());
        }
        // where the staged restore can be read until the next start swaps it in
        URI location = uriInfo == null ? URI.create("restore")
                : uriInfo.getBaseUriBuilder().path(BackupResource.class).path("restore").build();
        return Response.accepted(inLanguage(staged, acceptable(acceptLanguage))).location(location).build();
    }

    @GET
    @javax.ws.rs.Path("restore")
    @ApiResponseType(value = RestoreDTO.class, mayBeAbsent = true,
            summary = "下次启动时要恢复的备份（管理员）；没有则 404。The restore staged for the next start (admin); 404 when none is")
    public RestoreDTO staged(@Context HttpHeaders headers) {
        return inLanguage(backups.stagedRestore().orElseThrow(() -> new NotFoundException("staged restore", "-")),
                headers == null ? null : headers.getAcceptableLanguages());
    }

    /** The restore with its message in the language Accept-Language asks for (Chinese unless English). */
    private static RestoreDTO inLanguage(RestoreDTO restore, List<Locale> acceptable) {
        restore.message = restore.message(Message.choose(acceptable));
        return restore;
    }

    /** The languages of an Accept-Language header, best first; none for no header or one that does not parse. */
    static List<Locale> acceptable(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange()))
                    .collect(java.util.stream.Collectors.toList());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
