package org.guanai.rest.internal.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.guanai.rest.api.Allow;
import org.guanai.rest.internal.StatusResource;
import org.junit.Test;

/** Every operation of the document says who may call it, as the authorization filter enforces it. */
public class OpenApiAccessTest {
    @Path("api/v1/persons")
    @Allow({"county", "township", "health"})
    public static class PersonResource {
        @GET
        public List<String> list() {
            return List.of();
        }

        @POST
        @Allow("county")
        public void create(String body) {
        }

        @GET
        @Path("audit")
        @Allow({})
        public List<String> audit() {
            return List.of();
        }
    }

    @Path("api/v1/forgotten")
    public static class ForgottenResource {
        @GET
        public String get() {
            return "";
        }
    }

    @Path("api/v1/notes")
    public interface NotesApi {
        @GET
        @Allow("legal")
        List<String> notes();
    }

    public static class NotesResource implements NotesApi {
        @Override
        public List<String> notes() {
            return List.of();
        }
    }

    private final JsonNode doc = OpenApiDocument.json("1.0.0", List.of(
            new ApiResource("/", PersonResource.class),
            new ApiResource("/", ForgottenResource.class),
            new ApiResource("/", NotesResource.class),
            new ApiResource("/", StatusResource.class)));

    @Test
    public void allowedRolesAreListedWithAdmin() {
        assertEquals(List.of("county", "township", "health", "admin"), roles(op("/api/v1/persons", "get")));
        assertEquals(List.of("county", "admin"), roles(op("/api/v1/persons", "post")));
        assertEquals(List.of("admin"), roles(op("/api/v1/persons/audit", "get")));
        assertEquals(List.of("legal", "admin"), roles(op("/api/v1/notes", "get")));
        assertFalse(op("/api/v1/persons", "get").has("x-guanai-public"));
    }

    @Test
    public void theDescriptionNamesTheRoles() {
        assertEquals("允许的角色 Allowed roles: county, admin (admin always is); anyone else gets 403.",
                op("/api/v1/persons", "post").get("description").asText());
        assertEquals("允许的角色 Allowed roles: admin only; anyone else gets 403.",
                op("/api/v1/persons/audit", "get").get("description").asText());
    }

    @Test
    public void anOperationWithoutRuleIsRefusedForEveryone() {
        JsonNode forgotten = op("/api/v1/forgotten", "get");
        assertTrue(forgotten.get("x-guanai-roles").isArray());
        assertEquals(0, forgotten.get("x-guanai-roles").size());
        assertTrue(forgotten.get("description").asText().contains("Refused for everyone"));
    }

    @Test
    public void publicOperationsSaySo() {
        JsonNode status = op("/api/v1/status", "get");
        assertTrue(status.get("x-guanai-public").asBoolean());
        assertFalse(status.has("x-guanai-roles"));
        assertFalse(status.get("responses").has("403"));
        assertEquals("公开，无需登录。Public: anyone may call this, without credentials.", status.get("description").asText());
    }

    @Test
    public void everyOperationHasExactlyOneRuleAndNonPublicOnesMayBe403() {
        List<String> checked = new ArrayList<>();
        doc.get("paths").forEach(item -> item.forEach(op -> {
            boolean isPublic = op.path("x-guanai-public").asBoolean(false);
            assertTrue(op.toString(), isPublic != op.has("x-guanai-roles"));
            assertEquals(!isPublic, op.at("/responses/403/$ref").asText().equals("#/components/responses/Forbidden"));
            checked.add(op.get("operationId").asText());
        }));
        assertEquals(6, checked.size());
        assertEquals("#/components/schemas/Problem",
                doc.at("/components/responses/Forbidden/content/application~1problem+json/schema/$ref").asText());
    }

    private JsonNode op(String path, String method) {
        JsonNode op = doc.get("paths").get(path).get(method);
        assertTrue(path + " " + method, op != null);
        return op;
    }

    private static List<String> roles(JsonNode op) {
        List<String> roles = new ArrayList<>();
        op.get("x-guanai-roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }
}
