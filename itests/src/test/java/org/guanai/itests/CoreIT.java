package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.awaitility.Awaitility;
import org.guanai.registry.api.PersonService;
import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** The core registry inside the shipped distribution: features, services, REST and console. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CoreIT extends GuanaiTestSupport {

    @Inject
    private FeaturesService features;

    // As long as api() waits for the REST API: on a loaded machine the registry's services come up late.
    @Inject
    @Filter(timeout = 60_000)
    private PersonService persons;

    @Test
    public void bootsWithGuanaiCoreAndItsServices() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("guanai-core")));
        assertNotNull(persons);
        assertEquals(200, api().withoutCredentials().get("/status").status);
    }

    @Test
    public void restRoundTripCreateReadUpdateEnd() {
        Api api = api();
        String surname = TestData.uniqueSurname();

        Api.Reply household = api.post("/households", Records.household(surname + "户"));
        assertEquals(household.body, 201, household.status);
        long householdId = household.json().get("id").asLong();
        assertEquals(2, household.json().get("migrantMembers").size());

        Api.Reply created = api.post("/persons", Records.woman(surname + "芳", householdId));
        assertEquals(created.body, 201, created.status);
        JsonNode person = created.json();
        long id = person.get("id").asLong();
        assertTrue(created.header("Location").endsWith("/api/v1/persons/" + id));
        assertEquals("FEMALE", person.get("gender").asText());
        assertEquals(Records.TOWNSHIP, person.get("townshipCode").asText());

        Api.Reply read = api.get("/persons/" + id);
        assertEquals(200, read.status);
        String etag = read.header("ETag");
        assertNotNull("GET must carry an ETag", etag);
        assertEquals("no-store", read.header("Cache-Control"));

        @SuppressWarnings("unchecked")
        Map<String, Object> changed = Api.JSON.convertValue(read.json(), Map.class);
        changed.put("phone", "13700001111");
        changed.remove("warnings");
        Api.Reply withoutIfMatch = api.put("/persons/" + id, changed);
        assertEquals(withoutIfMatch.body, 428, withoutIfMatch.status);
        assertProblem(withoutIfMatch, "precondition-required");

        // The record was read masked; its masked ID number goes back as it was and keeps the stored one.
        Api.Reply updated = api.put("/persons/" + id + "?unmask=true&reason=itest", changed, "If-Match", etag);
        assertEquals(updated.body, 200, updated.status);
        assertEquals("13700001111", updated.json().get("phone").asText());
        assertEquals(person.get("idNumber").asText().substring(14), updated.json().get("idNumber").asText().substring(14));
        assertTrue(updated.body, !updated.json().get("idNumber").asText().contains("*"));
        String newEtag = updated.header("ETag");
        assertTrue(!etag.equals(newEtag));

        Api.Reply stale = api.put("/persons/" + id, changed, "If-Match", etag);
        assertEquals(stale.body, 412, stale.status);
        assertProblem(stale, "stale-version");

        Api.Reply ended = api.post("/persons/" + id + "/end", Records.end("PARENT_RETURNED"), "If-Match", newEtag);
        assertEquals(ended.body, 200, ended.status);
        assertEquals("ENDED", ended.json().get("status").asText());
        assertEquals("PARENT_RETURNED", ended.json().get("endReason").asText());

        JsonNode list = api.get("/persons?name=" + enc(surname) + "&status=ENDED").json();
        assertEquals(1, list.get("total").asLong());
        assertEquals(id, list.get("items").get(0).get("id").asLong());
    }

    @Test
    public void withoutCredentialsEveryRegistryEndpointIs401() {
        Api anonymous = api().withoutCredentials();
        for (String path : new String[] {"/persons", "/households", "/guardianships", "/sites", "/teams",
                "/volunteers", "/service-records", "/divisions", "/modules", "/stats", "/persons/1"}) {
            Api.Reply r = anonymous.get(path);
            assertEquals(path, 401, r.status);
            assertTrue(path, r.header("WWW-Authenticate").startsWith("Basic"));
            assertProblem(r, "unauthorized");
        }
        assertEquals(401, api().as(USER, "wrong-password").get("/persons").status);
    }

    @Test
    public void badInputIsProblemJsonNamingTheFieldAndWritesNothing() {
        Api api = api();
        String surname = TestData.uniqueSurname();
        long householdId = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        long before = api.get("/persons?limit=1").json().get("total").asLong();

        Map<String, Object> bad = Records.woman(surname + "错", householdId);
        bad.put("idNumber", TestData.withWrongCheckDigit((String) bad.get("idNumber")));
        Api.Reply rejected = api.post("/persons", bad);
        assertEquals(rejected.body, 400, rejected.status);
        assertProblem(rejected, "validation");
        assertEquals("idNumber", rejected.json().get("errors").get(0).get("field").asText());
        // Chinese unless the client asks for English (Accept-Language); the same problem, field and type either way
        assertEquals(rejected.body, "请求有误", rejected.json().get("title").asText());
        assertTrue(rejected.body, rejected.json().get("errors").get(0).get("message").asText().contains("校验位"));
        Api.Reply english = api.post("/persons", bad, "Accept-Language", "en-GB,en;q=0.9,zh-CN;q=0.5");
        assertEquals(english.body, 400, english.status);
        assertProblem(english, "validation");
        assertEquals(english.body, "Invalid request", english.json().get("title").asText());
        assertTrue(english.body, english.json().get("errors").get(0).get("message").asText().contains("check digit"));

        Api.Reply malformed = api.postRaw("/persons", "{\"name\": \"x\",", "application/json");
        assertEquals(malformed.body, 400, malformed.status);
        assertProblem(malformed, "malformed-request");

        Api.Reply unknownField = api.postRaw("/persons", "{\"nmae\": \"x\"}", "application/json");
        assertEquals(unknownField.body, 400, unknownField.status);

        Api.Reply badEnum = api.get("/persons?category=LEFT_BEHIND_MAN");
        assertEquals(badEnum.body, 400, badEnum.status);

        assertEquals(before, api.get("/persons?limit=1").json().get("total").asLong());
        assertEquals(0, api.get("/persons?name=" + enc(surname)).json().get("total").asLong());

        Api.Reply missing = api.get("/persons/999999999");
        assertEquals(404, missing.status);
        assertProblem(missing, "not-found");
        assertTrue(!missing.body.contains("Exception"));
    }

    @Test
    public void hostileDocumentsAreRefusedAndTheRuntimeStaysHealthy() {
        Api api = api();
        Api.Reply deep = api.postRaw("/persons", "[".repeat(100_000) + "]".repeat(100_000), "application/json");
        assertEquals(deep.body, 400, deep.status);
        assertProblem(deep, "malformed-request");

        // a well-formed household whose migrant list runs past the 10 MiB body limit
        String member = "{\"name\":\"" + "x".repeat(40) + "\",\"relation\":\"OTHER\"}";
        String huge = "{\"villageCode\":\"" + Records.VILLAGE + "\",\"migrantMembers\":["
                + String.join(",", java.util.Collections.nCopies(200_000, member)) + "]}";
        Api.Reply tooLarge = api.postRaw("/households", huge, "application/json");
        assertEquals(tooLarge.body, 413, tooLarge.status);

        assertEquals(200, api.get("/persons?limit=1").status);
    }

    @Test
    public void openApiListsEveryEndpointWithoutCredentials() {
        Api.Reply doc = api().withoutCredentials().get("/openapi.json");
        assertEquals(200, doc.status);
        JsonNode paths = doc.json().get("paths");
        for (String p : new String[] {"/api/v1/persons", "/api/v1/persons/{id}", "/api/v1/persons/{id}/end",
                "/api/v1/persons/{id}/timeline", "/api/v1/households", "/api/v1/households/{id}",
                "/api/v1/guardianships", "/api/v1/sites", "/api/v1/teams", "/api/v1/volunteers",
                "/api/v1/service-records", "/api/v1/divisions", "/api/v1/modules", "/api/v1/stats"}) {
            assertTrue("OpenAPI lacks " + p, paths.has(p));
        }
        assertTrue(paths.get("/api/v1/persons").has("get"));
        assertTrue(paths.get("/api/v1/persons").has("post"));
    }

    @Test
    public void consoleListsWhatRestCreated() throws Exception {
        Api api = api();
        String surname = TestData.uniqueSurname();
        long householdId = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        long childId = api.post("/persons", Records.child(surname + "娃", householdId)).json().get("id").asLong();
        long motherId = api.post("/persons", Records.woman(surname + "母", householdId)).json().get("id").asLong();
        Api.Reply g = api.post("/guardianships", Records.guardianship(childId, motherId));
        assertEquals(g.body, 201, g.status);

        String persons = console("registry:person-list --name " + surname);
        assertTrue(persons, persons.contains(surname + "娃") && persons.contains(surname + "母"));
        String guardians = console("registry:guardianship-list --child " + childId);
        assertTrue(guardians, guardians.contains(surname + "母"));
        String stats = console("registry:stats");
        assertTrue(stats, stats.contains("荣家湾镇"));

        String wrongId = TestData.withWrongCheckDigit(TestData.idNumber(TestData.bornYearsAgo(30), true));
        String bad = console("registry:person-add --name " + surname + "错 --id-number " + wrongId
                + " --category WOMAN --village " + Records.VILLAGE);
        assertTrue(bad, bad.contains("idNumber"));
        assertTrue(bad, !bad.contains("at org."));
    }

    /**
     * Issues #16 and #19: a refusal is one line in karaf.log with the correlation id its answer carries, and no
     * stack trace; a thousand stale writes (412) leave a thousand such lines and not one stack frame.
     */
    @Test
    public void refusalsLeaveOneLineEachAndNoStackTraceInKarafLog() throws Exception {
        Api api = api();
        Path log = Path.of(System.getProperty("guanai.data"), "logs", "karaf.log");
        String surname = TestData.uniqueSurname();
        long householdId = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        Map<String, Object> woman = Records.woman(surname + "芳", householdId);
        Api.Reply created = api.post("/persons", woman);
        assertEquals(created.body, 201, created.status);
        long id = created.json().get("id").asLong();

        long start = Files.size(log);
        Map<String, Object> bad = Records.woman(surname + "错", householdId);
        bad.put("idNumber", TestData.withWrongCheckDigit((String) bad.get("idNumber")));
        Api.Reply invalid = api.post("/persons", bad);
        Api.Reply duplicate = api.post("/persons", woman);
        assertEquals(400, invalid.status);
        assertEquals(409, duplicate.status);
        for (Api.Reply r : List.of(invalid, duplicate)) {
            String correlationId = r.json().get("correlationId").asText();
            assertEquals(correlationId, r.header("X-Correlation-Id"));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> linesSince(log, start).stream().anyMatch(l -> l.contains(correlationId)));
            assertEquals(r.status + " adds one line", 1,
                    linesSince(log, start).stream().filter(l -> l.contains(correlationId)).count());
        }
        assertNoStackTrace(linesSince(log, start));

        long before412 = Files.size(log);
        String staleTag = api.get("/persons/" + id).header("ETag");
        Map<String, Object> change = new java.util.HashMap<>(woman);
        change.put("phone", "13700002222");
        assertEquals(200, api.put("/persons/" + id, change, "If-Match", staleTag).status);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                done.add(clients.submit(() -> {
                    Api.Reply stale = api.put("/persons/" + id, change, "If-Match", staleTag);
                    assertEquals(stale.body, 412, stale.status);
                    ids.add(stale.header("X-Correlation-Id"));
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1000, ids.size());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> linesSince(log, before412).stream()
                .filter(l -> l.contains(" 412 ")).count() >= 1000);
        List<String> lines = linesSince(log, before412);
        assertNoStackTrace(lines);
        long stale = lines.stream().filter(l -> l.contains(" 412 ") && ids.stream().anyMatch(l::contains)).count();
        assertEquals("one line per 412", 1000, stale);
    }

    /** The lines appended to {@code log} after it was {@code offset} bytes long. */
    private static List<String> linesSince(Path log, long offset) throws Exception {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            f.seek(Math.min(offset, f.length()));
            byte[] rest = new byte[(int) (f.length() - f.getFilePointer())];
            f.readFully(rest);
            return new String(rest, java.nio.charset.StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        }
    }

    private static void assertNoStackTrace(List<String> lines) {
        for (String line : lines) {
            assertFalse("a stack trace in karaf.log: " + line, line.startsWith("\tat ") || line.contains("Exception:")
                    || line.startsWith("Caused by"));
        }
    }

    private static void assertProblem(Api.Reply r, String slug) {
        assertTrue(r.header("Content-Type"), r.header("Content-Type").startsWith("application/problem+json"));
        JsonNode p = r.json();
        assertEquals(r.body, "https://guanai.org/problems/" + slug, p.get("type").asText());
        assertEquals(r.status, p.get("status").asInt());
        assertTrue(!r.body.contains("\tat ") && !r.body.contains("Exception:"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
