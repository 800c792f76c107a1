package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who may call what. The endpoints come from the running platform's own OpenAPI document, so an
 * endpoint added later (by a module too) is covered without touching this test.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AccessIT extends GuanaiTestSupport {
    private static final List<String> ROLES = List.of("county", "township", "health", "legal", "stats", "nobody");

    @Inject
    private FeaturesService features;

    @Test
    public void everyEndpointRefusesAnonymousAndAnswersEachRoleByItsRule() throws Exception {
        Api admin = api();
        features.installFeature("guanai-health", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/health/campaigns").status == 200);

        JsonNode paths = admin.withoutCredentials().get("/openapi.json").json().get("paths");
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                String url = path.getKey().replace("/api/v1", "").replaceAll("\\{[^}]+}", "999999999");
                if (op.getValue().path("x-guanai-public").asBoolean(false)) {
                    assertEquals(method + " " + url, 200, call(admin.withoutCredentials(), method, url).status);
                    continue;
                }
                String accept = accept(op.getValue());
                String body = contentType(op.getValue());
                Api.Reply anonymous = call(admin.withoutCredentials(), method, url, accept, body);
                assertEquals(method + " " + url + " without credentials", 401, anonymous.status);

                Set<String> allowed = new HashSet<>();
                op.getValue().path("x-guanai-roles").forEach(r -> allowed.add(r.asText()));
                assertTrue(method + " " + url + " must allow admin", allowed.contains("admin"));
                for (String role : ROLES) {
                    Api.Reply r = call(apiAs(role), method, url, accept, body);
                    String what = method + " " + url + " as " + role + ": " + r;
                    if (allowed.contains(role)) {
                        assertNotEquals(what, 403, r.status);
                        assertNotEquals(what, 401, r.status);
                        assertTrue(what, r.status < 500);
                        if (method.equals("GET") && !url.contains("999999999")) {
                            assertEquals(what, 200, r.status);
                        }
                    } else {
                        assertEquals(what, 403, r.status);
                        assertTrue(what, r.header("Content-Type").startsWith("application/problem+json"));
                    }
                }
                checked.add(method + " " + url);
            }
        }
        assertTrue("walked " + checked, checked.size() > 40);
        assertTrue(checked.contains("GET /persons") && checked.contains("GET /health/coverage"));
    }

    @Test
    public void aStatisticsUserSeesStatisticsAndNoPersonalRecord() {
        Api stats = apiAs("stats");
        assertEquals(200, stats.get("/stats").status);
        assertEquals(200, stats.get("/indicators").status);
        assertEquals(403, stats.get("/persons").status);
        assertEquals(403, stats.get("/households").status);
        assertEquals(403, stats.post("/persons", Map.of("name", "x")).status);
    }

    @Test
    public void consoleCommandsFollowTheirAcls() throws Exception {
        String stats = consoleAs("registry:stats", "stats", "stats");
        assertTrue(stats, stats.contains("荣家湾镇"));
        for (String refused : new String[] {"registry:person-list", "registry:household-add --village 430621100201 --head 某",
                "config:list", "feature:list", "jdbc:ds-list", "bundle:list", "registry:audit"}) {
            String out = consoleAs(refused, "stats", "stats");
            assertTrue(refused + " -> " + out, out.startsWith("Error:") || out.contains("Insufficient credentials")
                    || out.contains("not found"));
            assertFalse(refused + " -> " + out, out.contains("荣家湾") || out.contains("Pid:"));
        }
        String persons = consoleAs("registry:person-list --limit 1", "county", "county");
        assertFalse(persons, persons.startsWith("Error:"));
        String audit = consoleAs("registry:audit", "county", "county");
        assertTrue("the audit trail is the administrator's: " + audit, audit.startsWith("Error:"));
        String config = consoleAs("config:list", "county", "county");
        assertTrue("county staff are no administrators: " + config, config.startsWith("Error:"));
    }

    @Test
    public void repeatedFailedLoginsLockTheAccount() {
        Api admin = api();
        Api wrong = admin.as("lockme", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("/persons?limit=1").status);
        }
        Api.Reply locked = apiAs("lockme").get("/persons?limit=1");
        assertEquals(locked.body, 401, locked.status);
        assertTrue(locked.body, locked.json().get("detail").asText().contains("登录失败次数过多"));
        assertEquals("other accounts are not affected", 200, apiAs("county").get("/persons?limit=1").status);
    }

    /** The media type an operation answers with (a CSV export is asked for as CSV, else it would be 406). */
    private static String accept(JsonNode op) {
        for (Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            Iterator<String> types = response.getValue().path("content").fieldNames();
            if (response.getKey().startsWith("2") && types.hasNext()) {
                return types.next();
            }
        }
        return "application/json";
    }

    /**
     * The media type an operation takes (a roster upload is sent as what it accepts, else the runtime answers
     * 415 before any role is looked at); JSON when it takes no body.
     */
    private static String contentType(JsonNode op) {
        Iterator<String> types = op.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    private static Api.Reply call(Api api, String method, String url) {
        return call(api, method, url, "application/json", "application/json");
    }

    private static Api.Reply call(Api api, String method, String url, String accept, String contentType) {
        switch (method) {
            case "GET":
                return api.getAccepting(url, accept);
            case "POST":
                return contentType.equals("application/json") ? api.post(url, "{}")
                        : api.postBytes(url, "户编号,姓名\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
            case "PUT":
                return api.put(url, "{}");
            case "DELETE":
                return api.delete(url);
            default:
                throw new AssertionError("unexpected method " + method + " " + url);
        }
    }
}
