package org.guanai.rest.internal.openapi;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

/**
 * An example for every request body and success response that has none, made from the schemas and their
 * property examples, so that it always matches the schema it illustrates: in a request, read-only properties
 * are left out; in a response, write-only ones.
 */
final class Examples {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final Map<String, Schema> schemas;

    private Examples(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static void apply(OpenAPI api) {
        Examples examples = new Examples(api.getComponents().getSchemas());
        api.getPaths().values().forEach(item -> item.readOperations().forEach(o -> {
            if (o.getRequestBody() != null) {
                examples.fill(o.getRequestBody().getContent(), true);
            }
            if (o.getResponses() != null) {
                o.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        examples.fill(response.getContent(), false);
                    }
                });
            }
        }));
    }

    private void fill(Content content, boolean request) {
        if (content == null) {
            return;
        }
        for (Map.Entry<String, MediaType> e : content.entrySet()) {
            MediaType media = e.getValue();
            if (media.getExample() == null && media.getExamples() == null && media.getSchema() != null
                    && e.getKey().contains("json")) {
                media.setExample(example(media.getSchema(), request, 0));
            }
        }
    }

    JsonNode example(Schema<?> schema, boolean request, int depth) {
        if (schema.get$ref() != null) {
            Schema<?> target = schemas.get(schema.get$ref().substring(StandardComponents.SCHEMAS.length()));
            return target == null || depth > MAX_DEPTH ? JSON.objectNode() : example(target, request, depth + 1);
        }
        if (schema.getExample() != null) {
            return io.swagger.v3.core.util.Json.mapper().valueToTree(schema.getExample());
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return example(schema.getAllOf().get(0), request, depth);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.textNode(String.valueOf(schema.getEnum().get(0)));
        }
        String type = schema.getType() == null ? (schema.getProperties() != null ? "object" : "string") : schema.getType();
        switch (type) {
            case "object":
                return object(schema, request, depth);
            case "array":
                ArrayNode array = JSON.arrayNode();
                if (schema.getItems() != null && depth <= MAX_DEPTH) {
                    array.add(example(schema.getItems(), request, depth + 1));
                }
                return array;
            case "integer":
                return JSON.numberNode(schema.getMinimum() != null ? schema.getMinimum().longValue() : 1L);
            case "number":
                return JSON.numberNode(0.0);
            case "boolean":
                return JSON.booleanNode(false);
            default:
                return JSON.textNode(text(schema.getFormat()));
        }
    }

    private ObjectNode object(Schema<?> schema, boolean request, int depth) {
        ObjectNode node = JSON.objectNode();
        if (schema.getProperties() == null) {
            return node;
        }
        schema.getProperties().forEach((name, property) -> {
            boolean readOnly = Boolean.TRUE.equals(property.getReadOnly());
            boolean writeOnly = Boolean.TRUE.equals(property.getWriteOnly());
            if (request ? !readOnly : !writeOnly) {
                node.set(name, example(property, request, depth + 1));
            }
        });
        return node;
    }

    private static String text(String format) {
        if (format == null) {
            return "…";
        }
        switch (format) {
            case "date":
                return "2026-03-01";
            case "date-time":
                return "2026-03-01T08:00:00Z";
            case "uri":
                return "/api/v1/persons/12";
            default:
                return "…";
        }
    }
}
