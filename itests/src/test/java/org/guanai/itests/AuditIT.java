package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** The audit trail as an administrator reads it: writes with masked before/after, failed logins, refusals. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditIT extends GuanaiTestSupport {

    /**
     * The API as the admin once the audit resource is served too: each resource registered later than the
     * persons' (which {@link #api()} waits for) makes the whiteboard rebuild the application, and a request
     * in between is 404.
     */
    private Api admin() {
        Api admin = api();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get("/audit?limit=1").status == 200);
        return admin;
    }

    private static JsonNode only(Api admin, String query) {
        Api.Reply reply = admin.get("/audit?" + query);
        assertEquals(reply.body, 200, reply.status);
        JsonNode items = reply.json().get("items");
        assertEquals(reply.body, 1, items.size());
        return items.get(0);
    }

    private static String change(JsonNode row, String field, String side) {
        for (JsonNode c : row.get("changes")) {
            if (c.get("field").asText().equals(field)) {
                return c.path(side).isNull() ? null : c.path(side).asText();
            }
        }
        throw new AssertionError("no change of " + field + " in " + row);
    }

    @Test
    public void aWriteOverRestLeavesARowWithMaskedBeforeAndAfter() {
        Api admin = admin();
        Api county = apiAs("county");
        long household = county.post("/households", Records.household(TestData.uniqueSurname())).json().get("id").asLong();
        Map<String, Object> woman = Records.woman(TestData.uniqueSurname() + "英", household);
        String fullIdNumber = (String) woman.get("idNumber");
        Api.Reply created = county.post("/persons", woman);
        assertEquals(created.body, 201, created.status);
        long id = created.json().get("id").asLong();
        @SuppressWarnings("unchecked")
        Map<String, Object> changed = Api.JSON.convertValue(created.json(), Map.class);
        changed.remove("warnings");
        changed.put("phone", "13700001111");
        Api.Reply updated = county.put("/persons/" + id, changed, "If-Match", created.header("ETag"));
        assertEquals(updated.body, 200, updated.status);

        JsonNode row = only(admin, "type=person&record=" + id + "&operation=person.update");
        assertEquals("county", row.get("user").asText());
        assertEquals("OK", row.get("outcome").asText());
        assertEquals("139****5678", change(row, "phone", "before"));
        assertEquals("137****1111", change(row, "phone", "after"));
        JsonNode create = only(admin, "type=person&record=" + id + "&operation=person.create");
        assertTrue(create.toString(), change(create, "idNumber", "after").contains("********"));
        assertFalse(create.toString(), create.toString().contains(fullIdNumber));
    }

    @Test
    public void aFailedLoginAndARefusalLeaveRowsAnAdminReadsOverRestAndAtTheConsole() throws Exception {
        Api admin = admin();
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(401, admin.as(stranger, "wrong").get("/persons").status);
        JsonNode login = only(admin, "user=" + stranger + "&operation=login.failed");
        assertEquals("FAILED", login.get("outcome").asText());
        assertFalse(login.get("origin").asText().isEmpty());

        Api county = apiAs("county");
        long household = county.post("/households", Records.household(TestData.uniqueSurname())).json().get("id").asLong();
        long id = county.post("/persons", Records.woman(TestData.uniqueSurname() + "兰", household)).json().get("id").asLong();
        assertEquals(403, apiAs("stats").get("/persons/" + id).status);
        JsonNode refused = only(admin, "user=stats&operation=access.refused&type=person&record=" + id);
        assertEquals("REFUSED", refused.get("outcome").asText());
        assertEquals("GET /api/v1/persons/" + id, refused.get("detail").asText());

        String listed = console("registry:audit --user " + stranger);
        assertTrue(listed, listed.contains("login.failed"));
        assertTrue(listed, listed.contains("第 1–1 条，共 1 条审计记录"));
        String bad = console("registry:audit --from yesterday");
        assertTrue(bad, bad.contains("--from：“yesterday”不是日期（如 2026-01-31）"));

        String name = "audit-" + UUID.randomUUID() + ".csv";
        String exported = console("registry:audit --user " + stranger + " --export " + name);
        assertTrue(exported, exported.contains("已写出 1 条审计记录："));
        Path file = Path.of(System.getProperty("guanai.data"), "files", name); // files.dir as shipped: the data home's
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv, csv.startsWith("id,at_utc,user,roles,origin,operation"));
        assertTrue(csv, csv.contains("," + stranger + ",,"));
    }

    @Test
    public void anAdminExportsCsvOverRestAndTheExportIsAudited() {
        Api admin = admin();
        String stranger = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        admin.as(stranger, "wrong").get("/persons");
        Api.Reply csv = admin.getAccepting("/audit/export?user=" + stranger, "text/csv");
        assertEquals(csv.body, 200, csv.status);
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition"), csv.header("Content-Disposition").startsWith("attachment; filename="));
        assertEquals(csv.body, 2, csv.body.split("\r\n").length);
        assertTrue(csv.body, csv.body.contains(stranger + ",,"));

        // newest first: this export is the admin's latest
        JsonNode row = admin.get("/audit?operation=audit.export&user=" + USER + "&limit=1").json().get("items").get(0);
        assertEquals("1 rows; user=" + stranger, row.get("detail").asText());
    }

    @Test
    public void onlyAnAdminReadsTheTrailAndBadParametersAreNamed() {
        Api admin = admin();
        for (String role : new String[] {"county", "township", "health", "legal", "stats"}) {
            assertEquals(role, 403, apiAs(role).get("/audit").status);
            assertEquals(role, 403, apiAs(role).getAccepting("/audit/export", "text/csv").status);
        }
        Api.Reply bad = admin.get("/audit?from=2026-13-01");
        assertEquals(bad.body, 400, bad.status);
        assertTrue(bad.body, bad.body.contains("\"from\""));
        Api.Reply outcome = admin.get("/audit?outcome=MAYBE");
        assertEquals(outcome.body, 400, outcome.status);
        assertTrue(outcome.body, outcome.body.contains("\"outcome\""));
    }
}
