package org.guanai.rest.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.guanai.registry.api.Page;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.internal.AccessRule;
import org.guanai.rest.internal.OpenPaths;

/**
 * What Guanai does for every resource method, added to the operation swagger-core read: who may call it
 * ({@code x-guanai-roles}, enforced by the same {@link AccessRule}), its success response from
 * {@link ApiResponseType} with the {@code ETag}/{@code Location} headers it sends, {@code If-Match} where the
 * method reads it, the shared query parameters and the full-view ones on every authenticated GET, and the
 * problem+json error responses it can give.
 */
final class Conventions {
    static final String BASIC_AUTH = "basicAuth";
    /** Operation extension: the roles that may call it, admin included; empty when nobody may. */
    static final String ROLES = "x-guanai-roles";
    /** Operation extension: true when the operation is {@code @Public}. */
    static final String PUBLIC = "x-guanai-public";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private Conventions() {
    }

    static void addComponents(Components components) {
        StandardComponents.addTo(components);
    }

    static void apply(OpenAPI part, ApiResource resource, ModelConverters converters) {
        if (part.getPaths() == null) {
            return;
        }
        Map<String, PathItem> byPath = new HashMap<>();
        part.getPaths().forEach((path, item) -> byPath.put(JaxRsOperation.join(path), item));
        if (part.getComponents() == null) {
            part.setComponents(new Components());
        }
        for (JaxRsOperation op : JaxRsOperation.of(resource.type, resource.base)) {
            PathItem item = byPath.get(op.path);
            Operation operation = item == null ? null
                    : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(op.httpMethod));
            if (operation != null) {
                decorate(operation, op, part.getComponents(), converters);
            }
        }
    }

    private static void decorate(Operation o, JaxRsOperation op, Components components, ModelConverters converters) {
        ApiResponseType doc = annotation(op, ApiResponseType.class);
        String tag = tag(op.resource);
        o.setTags(List.of(tag));
        o.setOperationId(tag + "_" + op.implementation.getName());
        if (doc != null && !doc.summary().isBlank()) {
            o.setSummary(doc.summary());
        }
        AccessRule rule = AccessRule.of(op.resource, op.implementation);
        boolean open = OpenPaths.isOpen(op.httpMethod, op.path);
        o.setDescription(access(rule, open) + (o.getDescription() == null ? "" : "\n\n" + o.getDescription()));
        if (rule.isPublic()) {
            o.addExtension(PUBLIC, true);
        } else {
            o.addExtension(ROLES, new ArrayList<>(rule.roles()));
        }
        if (open) {
            o.setSecurity(List.of());
        }

        boolean write = !READS.contains(op.httpMethod);
        boolean create = "POST".equals(op.httpMethod) && !op.annotated.isAnnotationPresent(javax.ws.rs.Path.class);
        boolean ifMatch = write && !create && takes(op, HttpHeaders.class);
        List<Parameter> parameters = new ArrayList<>();
        if (o.getParameters() != null) {
            for (Parameter p : o.getParameters()) {
                boolean common = "query".equals(p.getIn()) && StandardComponents.COMMON_QUERY.contains(p.getName());
                parameters.add(common && p.getDescription() == null ? ref(p.getName()) : p);
                if ("path".equals(p.getIn()) && "id".equals(p.getName()) && p.getDescription() == null) {
                    // a record's {id}, read by Params.id: digits, or 404
                    p.description("记录编号。Record id.").schema(new IntegerSchema().format("int64").minimum(BigDecimal.ONE)
                            .example(1));
                }
            }
        }
        if ("GET".equals(op.httpMethod) && !rule.isPublic()) {
            for (String name : List.of("unmask", "reason")) {
                parameters.removeIf(p -> name.equals(p.getName()) && "query".equals(p.getIn())
                        || (StandardComponents.PARAMETERS + name).equals(p.get$ref()));
                parameters.add(ref(name));
            }
        }
        if (ifMatch) {
            parameters.add(new Parameter().$ref(StandardComponents.PARAMETERS + StandardComponents.IF_MATCH));
        }
        o.setParameters(parameters.isEmpty() ? null : parameters);
        if (o.getRequestBody() != null && !hasSwaggerRequestBody(op)) {
            o.getRequestBody().setRequired(true);
        }

        ApiResponses responses = new ApiResponses();
        success(o, op, doc, ifMatch, components, converters, responses);
        boolean hasPathParameters = !op.pathTemplates().isEmpty();
        if (!parameters.isEmpty() || o.getRequestBody() != null) {
            responses.addApiResponse("400", error("BadRequest"));
        }
        if (!open) {
            responses.addApiResponse("401", error("Unauthorized"));
        }
        if (!rule.isPublic()) {
            responses.addApiResponse("403", error("Forbidden"));
        }
        if (hasPathParameters || doc != null && doc.mayBeAbsent()) {
            responses.addApiResponse("404", error("NotFound"));
        }
        if (write) {
            responses.addApiResponse("409", error("Conflict"));
        }
        if (ifMatch) {
            responses.addApiResponse("412", error("PreconditionFailed"));
            responses.addApiResponse("428", error("PreconditionRequired"));
        }
        if (takes(op, java.io.InputStream.class)) {
            responses.addApiResponse("413", error("PayloadTooLarge"));
        }
        o.setResponses(responses);
    }

    /** The documented success: status, body schema per media type, and the headers the method sends. */
    private static void success(Operation o, JaxRsOperation op, ApiResponseType doc, boolean ifMatch,
            Components components, ModelConverters converters, ApiResponses responses) {
        Class<?> returns = op.implementation.getReturnType();
        int status = returns == void.class ? 204 : doc != null ? doc.status() : 200;
        ApiResponse response = new ApiResponse().description(reason(status));
        Type body = bodyType(op, doc, returns);
        if (body != null && status != 204) {
            Schema<?> schema = body == String.class ? new StringSchema() : resolve(body, components, converters);
            Content content = new Content();
            for (String type : op.produces) {
                if (!type.contains("*")) {
                    // a file that is no text (an XLSX export) is bytes to a client
                    boolean binary = body == String.class && !type.startsWith("text/") && !type.contains("json");
                    content.addMediaType(type, new MediaType().schema(binary ? new StringSchema().format("binary") : schema));
                }
            }
            if (content.isEmpty()) {
                content.addMediaType(javax.ws.rs.core.MediaType.APPLICATION_JSON, new MediaType().schema(schema));
            }
            response.setContent(content);
        }
        if (status == 201 || status == 202) {
            response.addHeaderObject("Location", new Header().$ref(StandardComponents.HEADERS + "Location"));
        }
        // a created record sends its version as the ETag; a creation that has no version (a backup, a village) none
        if (status == 201 && versioned(body) || ifMatch || doc != null && doc.etag()) {
            response.addHeaderObject("ETag", new Header().$ref(StandardComponents.HEADERS + "ETag"));
        }
        responses.addApiResponse(Integer.toString(status), response);
    }

    /** Whether {@code body} is a record with a version: a public numeric {@code version} field, as every record keeps. */
    private static boolean versioned(Type body) {
        if (!(body instanceof Class)) {
            return body != null;
        }
        try {
            Class<?> type = ((Class<?>) body).getField("version").getType();
            return type == long.class || type == int.class || Number.class.isAssignableFrom(type);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Type bodyType(JaxRsOperation op, ApiResponseType doc, Class<?> returns) {
        TypeFactory types = Json.mapper().getTypeFactory();
        if (doc != null && doc.value() != Void.class) {
            return doc.page() ? types.constructParametricType(Page.class, doc.value())
                    : doc.list() ? types.constructCollectionType(List.class, doc.value()) : doc.value();
        }
        if (returns == void.class || returns == Void.class || returns == Response.class) {
            return null;
        }
        if (com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(returns)) {
            return Object.class; // any JSON (this document itself)
        }
        return op.implementation.getGenericReturnType();
    }

    /** A reference to a named schema (DTOs), or an inline one (lists, scalars); named ones join the components. */
    private static Schema<?> resolve(Type type, Components components, ModelConverters converters) {
        JavaType javaType = Json.mapper().constructType(type);
        ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(javaType).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach(components::addSchemas);
        }
        return resolved.schema;
    }

    /** Who may call, in words; the same as {@link #ROLES}/{@link #PUBLIC} say for programs. */
    static String access(AccessRule rule, boolean open) {
        switch (rule.kind()) {
            case PUBLIC:
                return open ? "公开，无需登录。Public: anyone may call this, without credentials."
                        : "任何已登录用户。Any signed-in user may call this, whatever their roles.";
            case ROLES:
                List<String> roles = rule.roles();
                return roles.size() == 1 ? "允许的角色 Allowed roles: " + roles.get(0) + " only; anyone else gets 403."
                        : "允许的角色 Allowed roles: " + String.join(", ", roles)
                                + " (admin always is); anyone else gets 403.";
            default:
                return "对所有人拒绝（403），包括 admin：此操作未声明访问规则。Refused for everyone (403), admin included: "
                        + "this operation declares no access rule.";
        }
    }

    /** {@code PersonResource} is tagged "Person". */
    static String tag(Class<?> resource) {
        String name = resource.getSimpleName();
        return name.endsWith("Resource") && name.length() > "Resource".length()
                ? name.substring(0, name.length() - "Resource".length()) : name;
    }

    private static Parameter ref(String name) {
        return new Parameter().$ref(StandardComponents.PARAMETERS + name);
    }

    private static ApiResponse error(String name) {
        return new ApiResponse().$ref(StandardComponents.RESPONSES + name);
    }

    private static boolean takes(JaxRsOperation op, Class<?> type) {
        for (Class<?> p : op.implementation.getParameterTypes()) {
            if (p == type) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSwaggerRequestBody(JaxRsOperation op) {
        for (Annotation[] annotations : op.annotated.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof io.swagger.v3.oas.annotations.parameters.RequestBody) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static <A extends Annotation> A annotation(JaxRsOperation op, Class<A> type) {
        A a = op.implementation.getAnnotation(type);
        return a != null ? a : op.annotated.getAnnotation(type);
    }
}
