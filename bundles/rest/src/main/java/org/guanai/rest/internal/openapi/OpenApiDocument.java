package org.guanai.rest.internal.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3.0 document of a set of JAX-RS resource classes: swagger-core's JAX-RS {@link Reader} reads
 * paths, parameters (with their {@code @Parameter} annotations), request bodies and DTO schemas; then
 * {@link Conventions} adds what Guanai does for every resource (roles, problem+json errors, ETag and If-Match,
 * the full-view parameters), {@link SchemaDescriber} describes the DTOs from their packages'
 * {@code openapi.properties}, and {@link Examples} gives every operation an example. Plain Java: the OSGi side
 * ({@link OpenApiResource}) only says which classes are live, and the build dumps the same document for the
 * generated client ({@link OpenApiDump}).
 */
public final class OpenApiDocument {
    public static final String TITLE = "Guanai API";

    private OpenApiDocument() {
    }

    /**
     * The document as JSON, written by swagger-core's own mapper and read back: valueToTree would keep numbers
     * such as maximum 500 as BigDecimals, written 5E+2.
     */
    public static ObjectNode json(String version, Collection<ApiResource> resources) {
        try {
            return (ObjectNode) Json.mapper().readTree(Json.mapper().writeValueAsString(build(version, resources)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    public static OpenAPI build(String version, Collection<ApiResource> resources) {
        List<ApiResource> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing((ApiResource r) -> r.type.getName()).thenComparing(r -> r.base));
        Map<String, Class<?>> modelClasses = new TreeMap<>();
        ModelNames names = new ModelNames(modelClasses);
        // swagger-core resolves models through one shared list of converters: ours joins it for this build only
        synchronized (ModelConverters.class) {
            ModelConverters converters = ModelConverters.getInstance();
            converters.addConverter(names);
            boolean enumsAsRef = ModelResolver.enumsAsRef;
            // enums as named schemas: one CareCategory type for a client, described once, not an inner enum per field
            ModelResolver.enumsAsRef = true;
            try {
                OpenAPI api = skeleton(version);
                for (ApiResource resource : sorted) {
                    OpenAPI part = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true))
                            .read(resource.type, "/".equals(resource.base) ? "" : resource.base, null, false, null, null,
                                    new LinkedHashSet<>(), new ArrayList<>(), new HashSet<>());
                    Conventions.apply(part, resource, converters);
                    merge(api, part);
                }
                Pruning.unusedSchemas(api);
                new SchemaDescriber().describe(api.getComponents().getSchemas(), modelClasses);
                Examples.apply(api);
                return api;
            } finally {
                ModelResolver.enumsAsRef = enumsAsRef;
                converters.removeConverter(names);
            }
        }
    }

    private static OpenAPI skeleton(String version) {
        OpenAPI api = new OpenAPI();
        api.setInfo(new Info().title(TITLE).version(version).description(
                "关爱平台：县妇联的农村留守妇女、儿童、老人登记与服务。错误以 application/problem+json（RFC 9457）返回；"
                        + "修改须带 If-Match（读取时的 ETag）。\n"
                        + "Guanai: the registry of rural left-behind women, children and elderly. Errors are "
                        + "application/problem+json (RFC 9457); writes need If-Match with the ETag read."));
        api.setServers(List.of(new Server().url("/")));
        api.setSecurity(List.of(new SecurityRequirement().addList(Conventions.BASIC_AUTH)));
        api.setPaths(new Paths());
        Components components = new Components();
        components.addSecuritySchemes(Conventions.BASIC_AUTH,
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        Conventions.addComponents(components);
        api.setComponents(components);
        return api;
    }

    /** Adds a resource's paths and schemas; where two resources serve the same method and path, the first stays. */
    private static void merge(OpenAPI api, OpenAPI part) {
        if (part.getPaths() != null) {
            part.getPaths().forEach((path, item) -> {
                PathItem existing = api.getPaths().get(path);
                if (existing == null) {
                    api.getPaths().addPathItem(path, item);
                } else {
                    item.readOperationsMap().forEach((method, op) -> {
                        if (!existing.readOperationsMap().containsKey(method)) {
                            existing.operation(method, op);
                        }
                    });
                }
            });
        }
        if (part.getComponents() != null && part.getComponents().getSchemas() != null) {
            part.getComponents().getSchemas().forEach((name, schema) ->
                    api.getComponents().getSchemas().putIfAbsent(name, schema));
        }
        api.setPaths(sortedPaths(api.getPaths()));
    }

    private static Paths sortedPaths(Paths paths) {
        Paths sorted = new Paths();
        new TreeMap<>(paths).forEach(sorted::addPathItem);
        return sorted;
    }
}
