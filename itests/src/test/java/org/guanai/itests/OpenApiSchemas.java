package org.guanai.itests;

import org.guanai.testing.exam.Api;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

/** Validates JSON against the schemas of an OpenAPI 3.0 document (networknt's OpenAPI 3.0 dialect, nullable on). */
final class OpenApiSchemas {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .nullableKeywordEnabled(true).build();

    final JsonNode document;
    /** The components as a request sees them: read-only properties are required in responses only. */
    private final JsonNode requestComponents;

    OpenApiSchemas(JsonNode document) {
        this.document = document;
        ObjectNode components = document.get("components").deepCopy();
        components.path("schemas").forEach(schema -> {
            JsonNode required = schema.get("required");
            if (required != null) {
                com.fasterxml.jackson.databind.node.ArrayNode kept = Api.JSON.createArrayNode();
                required.forEach(name -> {
                    if (!schema.path("properties").path(name.asText()).path("readOnly").asBoolean(false)) {
                        kept.add(name);
                    }
                });
                ((ObjectNode) schema).set("required", kept);
            }
        });
        this.requestComponents = components;
    }

    /** Why {@code instance}, a response body, does not match {@code schema}; empty when it does. */
    List<String> problems(JsonNode schema, JsonNode instance) {
        return problems(schema, instance, false);
    }

    /** Why {@code instance} does not match {@code schema} (a schema of the document); empty when it does. */
    List<String> problems(JsonNode schema, JsonNode instance, boolean request) {
        ObjectNode root = schema.deepCopy();
        if (root.has("$ref")) {
            // draft 4 ignores the siblings of $ref: keep the reference one level down
            ObjectNode wrapper = Api.JSON.createObjectNode();
            wrapper.putArray("allOf").add(root);
            root = wrapper;
        }
        root.set("components", request ? requestComponents : document.get("components"));
        JsonSchema compiled = FACTORY.getSchema(root, CONFIG);
        Set<ValidationMessage> messages = compiled.validate(instance);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** A {@code $ref} to {@code #/components/...} followed, else the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : document.at(ref.asText().substring(1));
    }

    /** Every operation: method, path, operation. */
    List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                ops.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }
        return ops;
    }

    /** The operation's parameters, references followed. */
    List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> result = new ArrayList<>();
        operation.path("parameters").forEach(p -> result.add(resolve(p)));
        return result;
    }
}
