package org.guanai.rest.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.Suspended;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.guanai.registry.api.Page;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.internal.AccessRule;
import org.guanai.rest.internal.OpenPaths;

/**
 * An OpenAPI 3.0.3 document for a set of JAX-RS resource classes, read from their annotations and
 * {@link ApiResponseType}. Plain reflection: the OSGi side only decides which classes are live.
 * Every operation says who may call it, as enforced ({@link AccessRule}): {@code "x-guanai-roles"}
 * (the {@code @Allow} roles and admin; empty: refused for everyone) or {@code "x-guanai-public": true},
 * and the same in words in its description.
 */
public final class OpenApiGenerator {
    public static final String TITLE = "Guanai API";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String RESPONSES = "#/components/responses/";
    /** Operation extension: the roles that may call it, admin included; empty when nobody may. */
    static final String ROLES = "x-guanai-roles";
    /** Operation extension: true when the operation is {@code @Public}. */
    static final String PUBLIC = "x-guanai-public";

    /** A resource class served by the application at {@code base} ("/" for the default one). */
    public static final class LiveResource {
        final String base;
        final Class<?> type;

        public LiveResource(String base, Class<?> type) {
            this.base = base;
            this.type = type;
        }
    }

    public ObjectNode generate(String version, Collection<LiveResource> resources) {
        SchemaGenerator schemas = new SchemaGenerator();
        schemas.define("Problem", problemSchema());
        Map<String, Map<String, ObjectNode>> paths = new TreeMap<>();
        Set<String> operationIds = new HashSet<>();
        List<LiveResource> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing((LiveResource r) -> r.type.getName()).thenComparing(r -> r.base));
        for (LiveResource resource : sorted) {
            for (JaxRsOperation op : JaxRsOperation.of(resource.type, resource.base)) {
                String method = op.httpMethod.toLowerCase();
                Map<String, ObjectNode> item = paths.computeIfAbsent(op.path,
                        p -> new TreeMap<>(Comparator.comparingInt(METHOD_ORDER::indexOf)));
                // The runtime serves one of two clashing methods; the first one here is as good a guess as any.
                if (METHOD_ORDER.contains(method) && !item.containsKey(method)) {
                    item.put(method, operation(op, schemas, operationIds));
                }
            }
        }

        ObjectNode doc = JSON.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", TITLE).put("version", version)
                .put("description", "Registry of rural left-behind women, children and elderly. "
                        + "Errors are application/problem+json (RFC 9457); writes need If-Match with the ETag read.");
        doc.putArray("servers").addObject().put("url", "/");
        doc.putArray("security").addObject().putArray("basicAuth");
        ObjectNode pathsNode = doc.putObject("paths");
        paths.forEach((path, item) -> {
            ObjectNode itemNode = pathsNode.putObject(path);
            item.forEach(itemNode::set);
        });
        ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas.components());
        components.set("responses", standardResponses());
        components.putObject("securitySchemes").putObject("basicAuth").put("type", "http").put("scheme", "basic");
        return doc;
    }

    private ObjectNode operation(JaxRsOperation op, SchemaGenerator schemas, Set<String> operationIds) {
        ApiResponseType doc = annotation(op, ApiResponseType.class);
        ObjectNode o = JSON.objectNode();
        o.putArray("tags").add(tag(op.resource));
        if (doc != null && !doc.summary().isBlank()) {
            o.put("summary", doc.summary());
        }
        AccessRule rule = AccessRule.of(op.resource, op.implementation);
        boolean open = OpenPaths.isOpen(op.httpMethod, op.path);
        o.put("description", access(rule, open));
        o.put("operationId", operationId(op, operationIds));
        if (rule.isPublic()) {
            o.put(PUBLIC, true);
        } else {
            ArrayNode roles = o.putArray(ROLES);
            rule.roles().forEach(roles::add);
        }

        ArrayNode parameters = JSON.arrayNode();
        Set<String> declaredPathParams = new HashSet<>();
        Type body = null;
        boolean takesHeaders = false;
        boolean explicitIfMatch = false;
        Type[] types = op.annotated.getGenericParameterTypes();
        Annotation[][] annotations = op.annotated.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            Annotation[] anns = annotations[i];
            if (has(anns, Context.class)) {
                takesHeaders |= Types.raw(types[i]) == HttpHeaders.class;
            } else if (has(anns, BeanParam.class)) {
                for (ObjectNode p : beanParameters(Types.raw(types[i]), schemas)) {
                    addParameter(parameters, p, declaredPathParams);
                }
            } else if (!has(anns, Suspended.class) && !has(anns, MatrixParam.class) && !has(anns, FormParam.class)) {
                ObjectNode p = parameter(anns, types[i], schemas);
                if (p != null) {
                    explicitIfMatch |= "header".equals(p.path("in").asText())
                            && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.path("name").asText());
                    addParameter(parameters, p, declaredPathParams);
                } else {
                    body = types[i];
                }
            }
        }
        for (String template : op.pathTemplates()) {
            if (!declaredPathParams.contains(template)) {
                addParameter(parameters, basicParameter(template, "path", schemaOf("string")), declaredPathParams);
            }
        }
        boolean write = !READS.contains(op.httpMethod);
        boolean ifMatch = write && (takesHeaders || explicitIfMatch);
        if (ifMatch && !explicitIfMatch) {
            ObjectNode p = basicParameter(HttpHeaders.IF_MATCH, "header", schemaOf("string"));
            p.put("required", true).put("description", "The ETag of the version read, e.g. \"3\"");
            parameters.add(p);
        }
        if (!parameters.isEmpty()) {
            o.set("parameters", parameters);
        }
        if (body != null) {
            ObjectNode requestBody = o.putObject("requestBody").put("required", true);
            ObjectNode content = requestBody.putObject("content");
            for (String type : op.consumes) {
                content.putObject(type).set("schema", schemas.schemaFor(body));
            }
        }

        ObjectNode responses = o.putObject("responses");
        success(op, doc, schemas, responses);
        if (!parameters.isEmpty() || body != null) {
            responses.set("400", responseRef("BadRequest"));
        }
        if (!open) {
            responses.set("401", responseRef("Unauthorized"));
        }
        if (!rule.isPublic()) {
            responses.set("403", responseRef("Forbidden"));
        }
        if (!declaredPathParams.isEmpty()) {
            responses.set("404", responseRef("NotFound"));
        }
        if (write) {
            responses.set("409", responseRef("Conflict"));
        }
        if (ifMatch) {
            responses.set("412", responseRef("PreconditionFailed"));
            responses.set("428", responseRef("PreconditionRequired"));
        }
        if (open) {
            o.putArray("security");
        }
        return o;
    }

    /** Who may call, in words; the same as {@link #ROLES}/{@link #PUBLIC} say for programs. */
    static String access(AccessRule rule, boolean open) {
        switch (rule.kind()) {
            case PUBLIC:
                return open ? "Public: anyone may call this, without credentials."
                        : "Any signed-in user may call this, whatever their roles.";
            case ROLES:
                List<String> roles = rule.roles();
                return roles.size() == 1 ? "Allowed roles: " + roles.get(0) + " only; anyone else gets 403."
                        : "Allowed roles: " + String.join(", ", roles) + " (admin always is); anyone else gets 403.";
            default:
                return "Refused for everyone (403), admin included: this operation declares no access rule.";
        }
    }

    private static void success(JaxRsOperation op, ApiResponseType doc, SchemaGenerator schemas, ObjectNode responses) {
        Class<?> returns = op.implementation.getReturnType();
        Type body;
        if (doc != null && doc.value() != Void.class) {
            body = doc.page() ? Types.parameterized(Page.class, doc.value())
                    : doc.list() ? Types.parameterized(List.class, doc.value()) : doc.value();
        } else if (returns == void.class || returns == Void.class || returns == Response.class) {
            body = null;
        } else {
            body = op.implementation.getGenericReturnType();
        }
        int status = returns == void.class ? 204 : doc != null ? doc.status() : 200;
        ObjectNode response = responses.putObject(Integer.toString(status)).put("description", reason(status));
        if (body != null && status != 204) {
            ObjectNode content = response.putObject("content");
            for (String type : op.produces) {
                content.putObject(type).set("schema", schemas.schemaFor(body));
            }
        }
    }

    /** A path, query, header or cookie parameter; null for the entity parameter. */
    private static ObjectNode parameter(Annotation[] anns, Type type, SchemaGenerator schemas) {
        String name = null;
        String in = null;
        String defaultValue = null;
        for (Annotation a : anns) {
            if (a instanceof PathParam) {
                name = ((PathParam) a).value();
                in = "path";
            } else if (a instanceof QueryParam) {
                name = ((QueryParam) a).value();
                in = "query";
            } else if (a instanceof HeaderParam) {
                name = ((HeaderParam) a).value();
                in = "header";
            } else if (a instanceof CookieParam) {
                name = ((CookieParam) a).value();
                in = "cookie";
            } else if (a instanceof DefaultValue) {
                defaultValue = ((DefaultValue) a).value();
            }
        }
        if (name == null) {
            return null;
        }
        ObjectNode schema = schemas.schemaFor(type);
        if (defaultValue != null) {
            setDefault(schema, defaultValue);
        }
        return basicParameter(name, in, schema);
    }

    /** The annotated fields and setters of a {@code @BeanParam} class. */
    private static List<ObjectNode> beanParameters(Class<?> bean, SchemaGenerator schemas) {
        List<ObjectNode> result = new ArrayList<>();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                addIfParameter(result, f, f.getGenericType(), schemas);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.getParameterCount() == 1) {
                    addIfParameter(result, m, m.getGenericParameterTypes()[0], schemas);
                }
            }
        }
        return result;
    }

    private static void addIfParameter(List<ObjectNode> result, AnnotatedElement element, Type type,
            SchemaGenerator schemas) {
        ObjectNode p = parameter(element.getAnnotations(), type, schemas);
        if (p != null) {
            result.add(p);
        }
    }

    private static void addParameter(ArrayNode parameters, ObjectNode p, Set<String> declaredPathParams) {
        if ("path".equals(p.path("in").asText())) {
            if (!declaredPathParams.add(p.path("name").asText())) {
                return;
            }
        }
        parameters.add(p);
    }

    private static ObjectNode basicParameter(String name, String in, ObjectNode schema) {
        ObjectNode p = JSON.objectNode().put("name", name).put("in", in);
        if ("path".equals(in)) {
            p.put("required", true);
        }
        p.set("schema", schema);
        return p;
    }

    private static void setDefault(ObjectNode schema, String value) {
        String type = schema.path("type").asText();
        try {
            switch (type) {
                case "integer":
                    schema.put("default", Long.parseLong(value.trim()));
                    return;
                case "number":
                    schema.put("default", Double.parseDouble(value.trim()));
                    return;
                case "boolean":
                    schema.put("default", Boolean.parseBoolean(value.trim()));
                    return;
                default:
                    schema.put("default", value);
            }
        } catch (NumberFormatException e) {
            schema.put("default", value);
        }
    }

    private static <A extends Annotation> A annotation(JaxRsOperation op, Class<A> type) {
        A a = op.implementation.getAnnotation(type);
        return a != null ? a : op.annotated.getAnnotation(type);
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        for (Annotation a : annotations) {
            if (a.annotationType() == type) {
                return true;
            }
        }
        return false;
    }

    /** {@code PersonResource} is tagged "Person". */
    private static String tag(Class<?> resource) {
        String name = resource.getSimpleName();
        return name.endsWith("Resource") && name.length() > "Resource".length()
                ? name.substring(0, name.length() - "Resource".length()) : name;
    }

    private static String operationId(JaxRsOperation op, Set<String> taken) {
        String base = tag(op.resource) + "_" + op.implementation.getName();
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "_" + i;
        }
        return id;
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static ObjectNode schemaOf(String type) {
        return JSON.objectNode().put("type", type);
    }

    private static ObjectNode responseRef(String name) {
        return JSON.objectNode().put("$ref", RESPONSES + name);
    }

    private static ObjectNode problemSchema() {
        ObjectNode schema = schemaOf("object");
        ObjectNode props = schema.putObject("properties");
        props.set("type", schemaOf("string").put("format", "uri")
                .put("example", "https://guanai.org/problems/validation"));
        props.set("title", schemaOf("string"));
        props.set("status", schemaOf("integer").put("format", "int32"));
        props.set("detail", schemaOf("string"));
        props.set("instance", schemaOf("string").put("description", "The request path"));
        ObjectNode error = schemaOf("object");
        error.putObject("properties").<ObjectNode>set("field", schemaOf("string").put("description",
                "JSON path of the field, e.g. migrantMembers[0].phone, or the parameter name"))
                .set("message", schemaOf("string"));
        props.putObject("errors").put("type", "array").set("items", error);
        schema.putArray("required").add("type").add("title").add("status");
        return schema;
    }

    private static ObjectNode standardResponses() {
        ObjectNode responses = JSON.objectNode();
        problemResponse(responses, "BadRequest", "Invalid or malformed request (problem type validation or "
                + "malformed-request)");
        problemResponse(responses, "Unauthorized", "No valid HTTP Basic credentials")
                .putObject("headers").putObject("WWW-Authenticate").putObject("schema").put("type", "string");
        problemResponse(responses, "Forbidden", "Your role does not allow this operation (problem type forbidden)");
        problemResponse(responses, "NotFound", "No such record");
        problemResponse(responses, "Conflict", "Clashes with data already stored");
        problemResponse(responses, "PreconditionFailed", "If-Match names a version that is no longer current; "
                + "the ETag header carries the current one")
                .putObject("headers").putObject("ETag").putObject("schema").put("type", "string");
        problemResponse(responses, "PreconditionRequired", "If-Match is missing");
        return responses;
    }

    private static ObjectNode problemResponse(ObjectNode responses, String name, String description) {
        ObjectNode response = responses.putObject(name).put("description", description);
        response.putObject("content").putObject(GuanaiRest.PROBLEM_JSON)
                .set("schema", SchemaGenerator.refTo("Problem"));
        return response;
    }
}
