package org.guanai.rest.internal.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/** Drops the named schemas nothing refers to (swagger-core defines a schema for every return type it sees). */
final class Pruning {
    private Pruning() {
    }

    static void unusedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(Json.mapper().valueToTree(api.getPaths()));
        todo.add(Json.mapper().valueToTree(api.getComponents().getResponses()));
        todo.add(Json.mapper().valueToTree(api.getComponents().getParameters()));
        while (!todo.isEmpty()) {
            JsonNode node = todo.poll();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith(StandardComponents.SCHEMAS)) {
                String name = ref.asText().substring(StandardComponents.SCHEMAS.length());
                if (used.add(name) && schemas.containsKey(name)) {
                    todo.add(Json.mapper().valueToTree(schemas.get(name)));
                }
            }
            node.forEach(todo::add);
        }
        schemas.keySet().retainAll(used);
    }
}
