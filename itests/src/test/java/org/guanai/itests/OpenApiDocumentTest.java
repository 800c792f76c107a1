package org.guanai.itests;

import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document of every resource of this build (registry and health module), as dumped for the generated
 * client: what an integrator needs from it, without running Guanai. ContractIT checks that the running
 * distribution serves this same document and answers as it says.
 */
public class OpenApiDocumentTest {
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}");
    private static final Set<String> ID_FILTERS = Set.of("household", "person", "site", "team", "campaign",
            "attendee", "child", "guardian");
    private static final Set<String> ENUM_FILTERS = Set.of("category", "status", "kind", "gender", "schoolStage",
            "capacity", "result", "outcome");

    static JsonNode dump() throws Exception {
        return Api.JSON.readTree(Files.readString(Path.of(System.getProperty("guanai.openapi.dump",
                "target/openapi/guanai.json"))));
    }

    private final OpenApiSchemas doc;

    public OpenApiDocumentTest() throws Exception {
        doc = new OpenApiSchemas(dump());
    }

    @Test
    public void everySchemaAndPropertyIsDescribedInChineseAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.document.at("/components/schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            bilingual(missing, schema.getKey(), schema.getValue().path("description").asText());
            schema.getValue().path("properties").fields().forEachRemaining(p ->
                    bilingual(missing, schema.getKey() + "." + p.getKey(), p.getValue().path("description").asText()));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyParameterIsDescribedAndTypedAsTheServerReadsIt() {
        List<String> wrong = new ArrayList<>();
        int typed = 0;
        for (Map.Entry<String, JsonNode> op : doc.operations()) {
            for (JsonNode p : doc.parameters(op.getValue())) {
                String name = op.getKey() + " " + p.path("name").asText();
                bilingual(wrong, name, p.path("description").asText());
                JsonNode schema = p.path("schema");
                String n = p.path("name").asText();
                if (ID_FILTERS.contains(n) || n.equals("offset") || n.equals("limit") || n.equals("year")
                        || n.equals("id") && !op.getKey().contains("/imports/")) {
                    typed++;
                    if (!schema.path("type").asText().equals("integer")) {
                        wrong.add(name + " is not an integer: " + schema);
                    }
                }
                if (ENUM_FILTERS.contains(n)) {
                    typed++;
                    if (!doc.resolve(schema).has("enum")) {
                        wrong.add(name + " has no enum: " + schema);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue("typed parameters checked: " + typed, typed > 80);
        JsonNode limit = doc.document.at("/components/parameters/limit/schema");
        assertEquals(1, limit.get("minimum").asInt());
        assertEquals(500, limit.get("maximum").asInt());
    }

    @Test
    public void everyOperationHasASummaryAnIdAndExamplesThatMatchTheirSchemas() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : doc.operations()) {
            JsonNode o = op.getValue();
            bilingual(wrong, op.getKey() + " summary", o.path("summary").asText());
            if (o.path("operationId").asText().isEmpty()) {
                wrong.add(op.getKey() + ": no operationId");
            }
            List<JsonNode> media = new ArrayList<>();
            o.path("requestBody").path("content").forEach(m -> {
                if (m.has("example")) {
                    doc.problems(m.get("schema"), m.get("example"), true)
                            .forEach(p -> wrong.add(op.getKey() + " request example: " + p));
                }
            });
            o.path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2")) {
                    r.getValue().path("content").forEach(media::add);
                }
            });
            boolean anExample = o.at("/requestBody/content").findValue("example") != null;
            for (JsonNode m : media) {
                if (m.has("example")) {
                    anExample = true;
                    doc.problems(m.get("schema"), m.get("example"))
                            .forEach(p -> wrong.add(op.getKey() + " example: " + p));
                }
            }
            if (!anExample && media.stream().anyMatch(m -> !m.path("schema").path("format").asText().equals("binary")
                    && !m.path("schema").path("type").asText().equals("string"))) {
                wrong.add(op.getKey() + ": no example");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void headersAndPreconditionsAreThoseTheServerUses() {
        for (Map.Entry<String, JsonNode> op : doc.operations()) {
            JsonNode o = op.getValue();
            boolean ifMatch = doc.parameters(o).stream().anyMatch(p -> p.path("name").asText().equals("If-Match"));
            assertEquals(op.getKey(), ifMatch, o.at("/responses/428").isObject());
            if (o.at("/responses/201").isObject()) {
                assertTrue(op.getKey(), o.at("/responses/201/headers/Location").isObject());
                // a created record sends its version; a creation without one (a backup, a village) does not
                JsonNode version = doc.resolve(o.at("/responses/201/content/application~1json/schema"))
                        .at("/properties/version");
                boolean versioned = version.path("type").asText().equals("integer");
                assertEquals(op.getKey(), versioned, o.at("/responses/201/headers/ETag").isObject());
            }
            if (ifMatch) {
                assertTrue(op.getKey(), o.at("/responses/200/headers/ETag").isObject());
            }
            boolean fullView = doc.parameters(o).stream().anyMatch(p -> p.path("name").asText().equals("unmask"))
                    && doc.parameters(o).stream().anyMatch(p -> p.path("name").asText().equals("reason"));
            assertEquals(op.getKey(), op.getKey().startsWith("GET ") && o.has("x-guanai-roles"), fullView);
        }
        JsonNode upload = doc.document.at("/paths/~1api~1v1~1imports/post");
        assertTrue(doc.parameters(upload).stream().noneMatch(p -> p.path("name").asText().equals("If-Match")));
        assertEquals("binary", upload.at("/requestBody/content/text~1csv/schema/format").asText());
        assertTrue(upload.at("/responses/202/headers/Location").isObject());
        assertTrue(doc.document.at("/paths/~1api~1v1~1persons~1{id}/get/responses/200/headers/ETag").isObject());
        JsonNode person = doc.document.at("/components/schemas/PersonDTO");
        assertTrue(person.at("/properties/id/readOnly").asBoolean());
        assertTrue(person.at("/properties/phone/nullable").asBoolean());
        assertFalse(person.at("/properties/name/nullable").asBoolean());
        assertTrue(person.get("required").toString(), person.get("required").toString().contains("\"idNumber\""));
    }

    private static void bilingual(List<String> problems, String what, String text) {
        if (!CHINESE.matcher(text).find() || !ENGLISH.matcher(text).find()) {
            problems.add(what + ": not described in Chinese and English: \"" + text + "\"");
        }
    }
}
