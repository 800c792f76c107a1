package org.guanai.rest.internal.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.guanai.registry.api.Page;
import org.guanai.rest.api.ApiResponseType;
import org.guanai.rest.internal.StatusResource;
import org.guanai.rest.internal.json.GuanaiJson;
import org.junit.Test;

public class OpenApiGeneratorTest {
    public enum Kind { HOME_VISIT, HOTLINE }

    public static class SampleDTO {
        public Long id;
        public long version;
        public String name;
        public LocalDate born;
        public Instant createdAt;
        public Kind kind;
        public Set<Kind> kinds;
        public List<ChildDTO> children = new ArrayList<>();
        public Map<String, Integer> counts;
        public boolean active;
        public double score;
        public ChildDTO best;

        public String getDisplayName() {
            return name;
        }
    }

    public static class ChildDTO {
        public String name;
        public SampleDTO parent;
    }

    public static class Filter {
        @QueryParam("village")
        String village;

        @QueryParam("from")
        LocalDate from;
    }

    @Path("api/v1/samples")
    @Produces(MediaType.APPLICATION_JSON)
    public static class SampleResource {
        @GET
        @ApiResponseType(value = SampleDTO.class, page = true, summary = "List samples")
        public Response list(@QueryParam("kind") Kind kind, @QueryParam("limit") @DefaultValue("50") int limit,
                @BeanParam Filter filter) {
            return null;
        }

        @GET
        @Path("{id: \\d+}")
        public SampleDTO get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @ApiResponseType(value = SampleDTO.class, status = 201, summary = "Create a sample")
        public Response create(SampleDTO sample, @Context UriInfo uriInfo) {
            return null;
        }

        @PUT
        @Path("{id}")
        @Consumes(MediaType.APPLICATION_JSON)
        public SampleDTO update(@PathParam("id") long id, @Context HttpHeaders headers, SampleDTO sample) {
            return null;
        }

        @PATCH
        @Path("{id}/name")
        @Consumes(MediaType.TEXT_PLAIN)
        public void rename(@PathParam("id") long id, String name) {
        }

        @DELETE
        @Path("{id}")
        public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        }

        @GET
        @Path("kinds")
        @ApiResponseType(value = Kind.class, list = true)
        public List<Kind> kinds() {
            return List.of(Kind.values());
        }

        public String notAnOperation() {
            return "";
        }
    }

    /** JAX-RS annotations inherited from an interface, with a sub-resource path template at class level. */
    @Path("api/v1/households/{householdId}/notes")
    public interface NotesApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        List<String> notes();
    }

    public static class NotesResource implements NotesApi {
        @Override
        public List<String> notes() {
            return List.of();
        }
    }

    private final JsonNode doc = GuanaiJson.create().valueToTree(new OpenApiGenerator().generate("1.0.0", List.of(
            new OpenApiGenerator.LiveResource("/", SampleResource.class),
            new OpenApiGenerator.LiveResource("/", NotesResource.class),
            new OpenApiGenerator.LiveResource("/", StatusResource.class))));

    @Test
    public void documentHeader() {
        assertEquals("3.0.3", doc.get("openapi").asText());
        assertEquals("Guanai API", doc.at("/info/title").asText());
        assertEquals("1.0.0", doc.at("/info/version").asText());
        assertEquals("http", doc.at("/components/securitySchemes/basicAuth/type").asText());
        assertEquals("basic", doc.at("/components/securitySchemes/basicAuth/scheme").asText());
        assertTrue(doc.at("/security/0/basicAuth").isArray());
    }

    @Test
    public void pathsAreJoinedWithoutRegularExpressions() {
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(List.of("/api/v1/households/{householdId}/notes", "/api/v1/samples",
                "/api/v1/samples/kinds", "/api/v1/samples/{id}", "/api/v1/samples/{id}/name", "/api/v1/status"), paths);
        List<String> methods = new ArrayList<>();
        doc.at("/paths/~1api~1v1~1samples~1{id}").fieldNames().forEachRemaining(methods::add);
        assertEquals(List.of("get", "put", "delete"), methods);
        assertFalse(doc.toString().contains("notAnOperation"));
    }

    @Test
    public void parametersWithTypesDefaultsAndEnums() {
        JsonNode list = op("/api/v1/samples", "get");
        assertEquals("List samples", list.get("summary").asText());
        assertEquals("Sample", list.at("/tags/0").asText());
        JsonNode kind = param(list, "kind");
        assertEquals("query", kind.get("in").asText());
        assertEquals("[\"HOME_VISIT\",\"HOTLINE\"]", kind.at("/schema/enum").toString());
        JsonNode limit = param(list, "limit");
        assertEquals("integer", limit.at("/schema/type").asText());
        assertEquals("int32", limit.at("/schema/format").asText());
        assertEquals(50, limit.at("/schema/default").asInt());
        assertEquals("date", param(list, "from").at("/schema/format").asText());
        assertEquals("query", param(list, "village").get("in").asText());

        JsonNode id = param(op("/api/v1/samples/{id}", "get"), "id");
        assertEquals("path", id.get("in").asText());
        assertTrue(id.get("required").asBoolean());
        assertEquals("int64", id.at("/schema/format").asText());

        JsonNode householdId = param(op("/api/v1/households/{householdId}/notes", "get"), "householdId");
        assertEquals("string", householdId.at("/schema/type").asText());
    }

    @Test
    public void responsesFromReturnTypesAndTheAnnotation() {
        assertEquals("#/components/schemas/PageOfSampleDTO",
                op("/api/v1/samples", "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/SampleDTO",
                op("/api/v1/samples/{id}", "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        JsonNode create = op("/api/v1/samples", "post");
        assertEquals("Created", create.at("/responses/201/description").asText());
        assertFalse(create.get("responses").has("200"));
        assertEquals("#/components/schemas/SampleDTO",
                create.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(create.at("/requestBody/required").asBoolean());
        assertFalse("@Context is not a parameter", create.has("parameters"));
        assertTrue(op("/api/v1/samples/{id}", "delete").get("responses").has("204"));
        assertEquals("string",
                op("/api/v1/samples/{id}/name", "patch").at("/requestBody/content/text~1plain/schema/type").asText());
        JsonNode kinds = op("/api/v1/samples/kinds", "get").at("/responses/200/content/application~1json/schema");
        assertEquals("array", kinds.get("type").asText());
        assertEquals("HOTLINE", kinds.at("/items/enum/1").asText());
        assertEquals("array",
                op("/api/v1/households/{householdId}/notes", "get")
                        .at("/responses/200/content/application~1json/schema/type").asText());
    }

    @Test
    public void dtoSchemas() {
        JsonNode sample = doc.at("/components/schemas/SampleDTO/properties");
        assertEquals("integer", sample.at("/id/type").asText());
        assertEquals("int64", sample.at("/version/format").asText());
        assertEquals("string", sample.at("/name/type").asText());
        assertEquals("date", sample.at("/born/format").asText());
        assertEquals("date-time", sample.at("/createdAt/format").asText());
        assertEquals("HOME_VISIT", sample.at("/kind/enum/0").asText());
        assertTrue(sample.at("/kinds/uniqueItems").asBoolean());
        assertEquals("#/components/schemas/ChildDTO", sample.at("/children/items/$ref").asText());
        assertEquals("integer", sample.at("/counts/additionalProperties/type").asText());
        assertEquals("boolean", sample.at("/active/type").asText());
        assertEquals("number", sample.at("/score/type").asText());
        assertEquals("#/components/schemas/ChildDTO", sample.at("/best/$ref").asText());
        assertEquals("string", sample.at("/displayName/type").asText());
        assertEquals("#/components/schemas/SampleDTO",
                doc.at("/components/schemas/ChildDTO/properties/parent/$ref").asText());
        JsonNode page = doc.at("/components/schemas/PageOfSampleDTO/properties");
        assertEquals("#/components/schemas/SampleDTO", page.at("/items/items/$ref").asText());
        assertEquals("int64", page.at("/total/format").asText());
        assertEquals("string", doc.at("/components/schemas/Status/properties/status/type").asText());
    }

    @Test
    public void securityAndStandardProblems() {
        JsonNode health = op("/api/v1/status", "get");
        assertTrue(health.get("security").isArray());
        assertEquals(0, health.get("security").size());
        assertFalse(health.get("responses").has("401"));

        JsonNode get = op("/api/v1/samples/{id}", "get");
        assertFalse(get.has("security"));
        assertRefs(get, "400", "401", "404");
        assertFalse(get.get("responses").has("412"));

        JsonNode update = op("/api/v1/samples/{id}", "put");
        assertRefs(update, "400", "401", "404", "409", "412", "428");
        JsonNode ifMatch = param(update, "If-Match");
        assertEquals("header", ifMatch.get("in").asText());
        assertTrue(ifMatch.get("required").asBoolean());
        assertRefs(op("/api/v1/samples/{id}", "delete"), "412", "428");
        assertFalse(op("/api/v1/samples", "post").get("responses").has("412"));

        assertEquals("#/components/schemas/Problem", doc.at(
                "/components/responses/PreconditionFailed/content/application~1problem+json/schema/$ref").asText());
        assertEquals("array", doc.at("/components/schemas/Problem/properties/errors/type").asText());
    }

    @Test
    public void operationIdsAreUnique() {
        Set<String> ids = new java.util.HashSet<>();
        doc.get("paths").forEach(item -> item.forEach(op -> assertTrue(ids.add(op.get("operationId").asText()))));
        assertTrue(ids.contains("Sample_list"));
    }

    @Test
    public void genericTypesResolve() {
        SchemaGenerator schemas = new SchemaGenerator();
        ObjectNode ref = schemas.schemaFor(Types.parameterized(Page.class, ChildDTO.class));
        assertEquals("#/components/schemas/PageOfChildDTO", ref.get("$ref").asText());
        assertEquals("#/components/schemas/ChildDTO",
                schemas.components().at("/PageOfChildDTO/properties/items/items/$ref").asText());
    }

    private JsonNode op(String path, String method) {
        JsonNode op = doc.get("paths").get(path).get(method);
        assertTrue(path + " " + method, op != null);
        return op;
    }

    private static JsonNode param(JsonNode op, String name) {
        for (JsonNode p : op.get("parameters")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + op);
    }

    private static void assertRefs(JsonNode op, String... statuses) {
        for (String status : statuses) {
            assertTrue(status + " in " + op.get("responses"),
                    op.at("/responses/" + status + "/$ref").asText().startsWith("#/components/responses/"));
        }
    }
}
