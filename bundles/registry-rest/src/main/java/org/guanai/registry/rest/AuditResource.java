package org.guanai.registry.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.api.Allow;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiResource;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.api.Params;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit trail, for administrators only: a page of rows, or all matching rows as CSV (itself audited). */
@Component(service = AuditResource.class)
@GuanaiResource
@Allow(Roles.ADMIN)
@Path(GuanaiRest.API + "/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    static final String CSV = "text/csv; charset=UTF-8";

    @Reference
    AuditService audit;

    @GET
    @ApiResponseType(value = AuditEntryDTO.class, page = true, summary = "读取审计记录，新的在前（仅管理员）。Read the audit trail, newest first (admin)")
    public Page<AuditEntryDTO> list(@Parameter(description = "用户名。User name.")
                                    @QueryParam("user") String user,
                                    @Parameter(description = "记录类型，如 person。Record type, e.g. person.")
                                    @QueryParam("type") String type,
                                    @Parameter(description = "记录编号。Record id.")
                                    @QueryParam("record") String record,
                                    @Parameter(description = "操作，如 person.update、login.failed。Operation, e.g. person.update, login.failed.")
                                    @QueryParam("operation") String operation,
                                    @Parameter(description = "结果。Outcome.", schema = @Schema(implementation = AuditOutcome.class))
                                    @QueryParam("outcome") String outcome,
                                    @Parameter(description = "起始：UTC 日期（自当天 0 时）或 ISO 时刻。From: a UTC day (from its start) or an ISO instant.", schema = @Schema(type = "string", example = "2026-03-01"))
                                    @QueryParam("from") String from,
                                    @Parameter(description = "截止：UTC 日期（含当天）或 ISO 时刻。To: a UTC day (included) or an ISO instant.", schema = @Schema(type = "string", example = "2026-03-01"))
                                    @QueryParam("to") String to,
                                    @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        AuditQuery query = query(user, type, record, operation, outcome, from, to);
        return audit.query(query, Params.page(offset, limit));
    }

    @GET
    @Path("export")
    @Produces(CSV)
    @ApiResponseType(value = String.class, summary = "导出匹配的审计记录（CSV，旧的在前；仅管理员；本身记入审计）。Export the matching audit rows as CSV, oldest first (admin; audited)")
    public Response export(@Parameter(description = "用户名。User name.")
                           @QueryParam("user") String user,
                           @Parameter(description = "记录类型，如 person。Record type, e.g. person.")
                           @QueryParam("type") String type,
                           @Parameter(description = "记录编号。Record id.")
                           @QueryParam("record") String record,
                           @Parameter(description = "操作，如 person.update、login.failed。Operation, e.g. person.update, login.failed.")
                           @QueryParam("operation") String operation,
                           @Parameter(description = "结果。Outcome.", schema = @Schema(implementation = AuditOutcome.class))
                           @QueryParam("outcome") String outcome,
                           @Parameter(description = "起始：UTC 日期（自当天 0 时）或 ISO 时刻。From: a UTC day (from its start) or an ISO instant.", schema = @Schema(type = "string", example = "2026-03-01"))
                           @QueryParam("from") String from,
                           @Parameter(description = "截止：UTC 日期（含当天）或 ISO 时刻。To: a UTC day (included) or an ISO instant.", schema = @Schema(type = "string", example = "2026-03-01"))
                           @QueryParam("to") String to) {
        AuditQuery query = query(user, type, record, operation, outcome, from, to);
        // The body is written after the response filters have unbound the caller: bind it again there, so
        // the audit.export row names the admin who exported.
        Optional<Caller> caller = CallerContext.current();
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (caller.isPresent()) {
                try (CallerContext.Binding ignored = CallerContext.bind(caller.get())) {
                    audit.export(query, writer);
                }
            } else {
                audit.export(query, writer);
            }
            writer.flush();
        };
        String file = "guanai-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    static AuditQuery query(String user, String type, String record, String operation, String outcome,
                            String from, String to) {
        AuditQuery query = new AuditQuery();
        query.user = Params.text(user);
        query.recordType = Params.text(type);
        query.recordId = Params.text(record);
        query.operation = Params.text(operation);
        query.outcome = Params.enumParam(AuditOutcome.class, "outcome", outcome);
        query.from = time("from", from, false);
        query.to = time("to", to, true);
        if (query.from != null && query.to != null && !query.from.isBefore(query.to)) {
            throw ValidationException.of("to", RegistryRestText.text("audit.toAfterFrom"));
        }
        return query;
    }

    private static java.time.Instant time(String param, String raw, boolean end) {
        try {
            return end ? AuditQuery.end(raw) : AuditQuery.start(raw);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(param, RegistryRestText.text("audit.badTime", raw.trim()));
        }
    }
}
