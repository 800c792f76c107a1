package org.guanai.rest.internal.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.guanai.registry.api.PageRequest;
import org.guanai.rest.api.GuanaiRest;

/**
 * What every Guanai endpoint shares, defined once in {@code components}: the problem+json body and error
 * responses, the paging, division and full-view parameters, the {@code If-Match} and {@code ETag}/{@code Location}
 * headers. {@link Conventions} refers to them.
 */
final class StandardComponents {
    static final String PARAMETERS = "#/components/parameters/";
    static final String RESPONSES = "#/components/responses/";
    static final String HEADERS = "#/components/headers/";
    static final String SCHEMAS = "#/components/schemas/";
    static final String IF_MATCH = "IfMatch";

    /** Query parameters every resource that has them reads the same way (Params.page, the filters, the auth filter). */
    static final List<String> COMMON_QUERY = List.of("offset", "limit", "township", "village", "unmask", "reason");

    /** The error responses: name, status, description. */
    static final Map<String, String> ERRORS = Map.of(
            "BadRequest", "请求无效或格式错误，problem 指明出错的字段。Invalid or malformed request; the problem names each bad field.",
            "Unauthorized", "缺少或错误的 HTTP Basic 凭据，或账户已被锁定。No valid HTTP Basic credentials, or the account is locked.",
            "Forbidden", "你的角色不允许此操作。Your role does not allow this operation.",
            "NotFound", "没有这条记录（或不在你的辖区内）。No such record (or not in your divisions).",
            "Conflict", "与已存数据冲突（例如重复的身份证号）。Clashes with data already stored (e.g. a duplicate ID number).",
            "PreconditionFailed", "If-Match 所带版本已不是最新；ETag 头给出当前版本。If-Match names a version that is no longer "
                    + "current; the ETag header carries the current one.",
            "PreconditionRequired", "缺少 If-Match：请带上读取时的 ETag。If-Match is missing: send the ETag you read.",
            "PayloadTooLarge", "上传的文件太大。The upload is too large.");

    private StandardComponents() {
    }

    static void addTo(Components components) {
        components.addSchemas("Problem", problem());
        components.addSchemas("ProblemFieldError", new ObjectSchema()
                .description("一个出错的字段。One bad field.")
                .addProperty("field", new StringSchema().description(
                        "字段的 JSON 路径或参数名，如 migrantMembers[0].phone。JSON path of the field or the parameter name, "
                                + "e.g. migrantMembers[0].phone.").example("idNumber"))
                .addProperty("message", new StringSchema().description("出了什么错。What is wrong with it.")
                        .example("check digit should be 7, not 5"))
                .required(List.of("field", "message")));
        ERRORS.forEach((name, description) -> {
            ApiResponse response = new ApiResponse().description(description).content(new Content()
                    .addMediaType(GuanaiRest.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(SCHEMAS + "Problem"))));
            if (name.equals("Unauthorized")) {
                response.addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"karaf\"")
                        .schema(new StringSchema()));
            }
            if (name.equals("PreconditionFailed")) {
                response.addHeaderObject("ETag", new Header().$ref(HEADERS + "ETag"));
            }
            components.addResponses(name, response);
        });
        components.addHeaders("ETag", new Header().description("记录的当前版本，修改时放入 If-Match。The record's current "
                + "version: send it back in If-Match to change the record.").schema(new StringSchema().example("\"3\"")));
        components.addHeaders("Location", new Header().description("新资源的地址。Where the new resource is.")
                .schema(new StringSchema().format("uri")));
        components.addParameters(IF_MATCH, new Parameter().in("header").name("If-Match").required(true)
                .description("读取时的 ETag，如 \"3\"；过期则 412，缺少则 428。The ETag read, e.g. \"3\"; stale: 412, "
                        + "missing: 428.")
                .schema(new StringSchema().pattern("^\"[0-9]+\"$").example("\"3\"")));
        components.addParameters("offset", query("offset", "跳过的条数（分页）。Rows to skip (paging).",
                new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0).example(0)));
        components.addParameters("limit", query("limit", "每页条数，默认 " + PageRequest.DEFAULT_LIMIT + "，至多 "
                        + PageRequest.MAX_LIMIT + "。Page size: " + PageRequest.DEFAULT_LIMIT + " by default, at most "
                        + PageRequest.MAX_LIMIT + ".",
                new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                        ._default(PageRequest.DEFAULT_LIMIT).example(PageRequest.DEFAULT_LIMIT)));
        components.addParameters("township", query("township", "乡镇/街道代码（9 位）。Township code (9 digits).",
                new StringSchema().pattern("^[0-9]{9}$").example("430621100")));
        components.addParameters("village", query("village", "村/社区代码（12 位）。Village code (12 digits).",
                new StringSchema().pattern("^[0-9]{12}$").example("430621100201")));
        components.addParameters("unmask", query("unmask", "true：完整显示身份证号和电话（须有权限并给出 reason，会记入审计）。"
                        + "true: show ID numbers and phones in full (needs a full-view role and a reason; audited).",
                new BooleanSchema()._default(false)));
        components.addParameters("reason", query("reason", "unmask=true 时必填：为何需要完整号码（至多 500 字）。"
                        + "Required with unmask=true: why the full numbers are needed (at most 500 characters).",
                new StringSchema().maxLength(org.guanai.rest.internal.auth.BasicAuthFilter.REASON_MAX).example("家访核对身份")));
    }

    private static Parameter query(String name, String description, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).schema(schema);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("错误详情（RFC 9457）。Problem details (RFC 9457).")
                .addProperty("type", new StringSchema().format("uri").description("问题类型。The problem type.")
                        .example("https://guanai.org/problems/validation"))
                .addProperty("title", new StringSchema().description("简短标题。Short title.").example("Invalid request"))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码。HTTP status.").example(400))
                .addProperty("detail", new StringSchema().description("说明。What happened.")
                        .example("idNumber: check digit should be 7, not 5"))
                .addProperty("instance", new StringSchema().description("请求路径。The request path.")
                        .example("/api/v1/persons"))
                .addProperty("errors", new ArraySchema().description("每个出错的字段。Each bad field.")
                        .items(new Schema<>().$ref(SCHEMAS + "ProblemFieldError")))
                .required(List.of("type", "title", "status"));
    }
}
