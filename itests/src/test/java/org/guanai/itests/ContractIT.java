package org.guanai.itests;

import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Steady;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.guanai.client.ApiClient;
import org.guanai.client.ApiException;
import org.guanai.client.ApiResponse;
import org.guanai.client.api.HouseholdApi;
import org.guanai.client.api.PersonApi;
import org.guanai.client.model.CareCategory;
import org.guanai.client.model.Gender;
import org.guanai.client.model.HouseholdDTO;
import org.guanai.client.model.MigrantMemberDTO;
import org.guanai.client.model.MigrantRelation;
import org.guanai.client.model.PagePersonDTO;
import org.guanai.client.model.PersonDTO;
import org.guanai.client.model.Status;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI contract, against the distribution as shipped (one boot, health module installed live): it
 * serves the document the build dumped and generated a client from; every operation of it answers with a
 * status it declares, a body that matches that status's schema and the headers it declares; and the generated
 * client does a round trip without any workaround.
 */
public class ContractIT {
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    /** Modules whose operations this test serves and compares but does not call (no records seeded for them here). */
    private static final List<String> NOT_CALLED = List.of("/api/v1/training/", "/api/v1/mutual-aid/",
            "/api/v1/meeting/", "/api/v1/legal/");
    private static Distribution karaf;
    private static Api admin;

    @BeforeClass
    public static void boot() throws Exception {
        karaf = Distribution.unpackWithCounty("contract");
        karaf.user("admin", "_g_:admingroup", PASSWORD).user("walker", "county", PASSWORD);
        karaf.start();
        admin = new Api(karaf.httpPort, "admin", PASSWORD);
        Steady.await(Duration.ofSeconds(180), Duration.ofSeconds(2), () -> admin.get("/persons?limit=1").status == 200);
        // every module the build's document describes, installed live as a county does
        String out = karaf.console("admin", PASSWORD, "feature:install -r guanai-health guanai-training guanai-mutualaid"
                + " guanai-meeting guanai-legal");
        Steady.await(Duration.ofSeconds(180), Duration.ofSeconds(2), () -> admin.get("/health/campaigns").status == 200
                && admin.get("/training/courses").status == 200 && admin.get("/mutual-aid/groups").status == 200
                && admin.get("/meeting/matters").status == 200 && admin.get("/legal/events").status == 200
                && admin.get("/persons?limit=1").status == 200);
        // the document is rebuilt once the modules' resources are served: on a busy machine that can take a while
        org.awaitility.Awaitility.await(out).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> {
                    JsonNode paths = admin.withoutCredentials().get("/openapi.json").json().at("/paths");
                    return paths.has("/api/v1/health/checks") && paths.has("/api/v1/training/courses")
                            && paths.has("/api/v1/mutual-aid/groups") && paths.has("/api/v1/meeting/matters")
                            && paths.has("/api/v1/legal/cases");
                });
    }

    @AfterClass
    public static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void theDistributionServesTheDocumentTheClientWasGeneratedFrom() throws Exception {
        JsonNode served = admin.withoutCredentials().get("/openapi.json").json();
        JsonNode dumped = OpenApiDocumentTest.dump();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi", "served.json"),
                Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served));
        ((ObjectNode) served.get("info")).remove("version");
        ((ObjectNode) dumped.get("info")).remove("version");
        List<String> differ = new ArrayList<>();
        served.get("paths").fieldNames().forEachRemaining(p -> {
            if (!served.get("paths").get(p).equals(dumped.get("paths").get(p))) {
                differ.add(p);
            }
        });
        dumped.get("paths").fieldNames().forEachRemaining(p -> {
            if (!served.get("paths").has(p)) {
                differ.add(p + " (not served)");
            }
        });
        assertEquals(List.of(), differ);
        assertEquals(dumped.get("components"), served.get("components"));
        assertEquals(dumped, served);
    }

    @Test
    public void theGeneratedClientRegistersUpdatesWithItsETagIsRefusedWhenStaleAndFilters() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + karaf.httpPort);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(b -> b.header("Authorization", basic));
        HouseholdApi households = new HouseholdApi(client);
        PersonApi persons = new PersonApi(client);
        String surname = TestData.uniqueSurname();

        HouseholdDTO household = new HouseholdDTO().villageCode(Records.VILLAGE).headName(surname + "英")
                .address("古洲湾村三组").hardship(false)
                .migrantMembers(List.of(new MigrantMemberDTO().name(surname + "建国").relation(MigrantRelation.HUSBAND)
                        .workProvince("广东省").workCity("东莞市").phone("13800138000")
                        .awaySince(java.time.LocalDate.of(2021, 3, 1)).homeFrequency(MigrantMemberDTO.HomeFrequencyEnum.YEARLY)));
        ApiResponse<HouseholdDTO> createdHousehold = households.householdCreateWithHttpInfo(household);
        assertEquals(201, createdHousehold.getStatusCode());
        assertNotNull(header(createdHousehold, "Location"));
        long householdId = createdHousehold.getData().getId();

        PersonDTO woman = new PersonDTO().name(surname + "英").householdId(householdId)
                .idNumber(TestData.idNumber(TestData.bornYearsAgo(35), true))
                .categories(Set.of(CareCategory.LEFT_BEHIND_WOMAN)).phone("13912345678");
        ApiResponse<PersonDTO> created = persons.personCreateWithHttpInfo(woman);
        assertEquals(201, created.getStatusCode());
        assertEquals("\"" + created.getData().getVersion() + "\"", header(created, "ETag"));
        long id = created.getData().getId();
        assertEquals(PersonDTO.GenderEnum.FEMALE, created.getData().getGender());

        ApiResponse<PersonDTO> read = persons.personGetWithHttpInfo(id, null, null);
        String etag = header(read, "ETag");
        PersonDTO changed = read.getData().notes("已电话回访");
        ApiResponse<PersonDTO> updated = persons.personUpdateWithHttpInfo(id, etag, changed);
        assertEquals(200, updated.getStatusCode());
        assertEquals("已电话回访", updated.getData().getNotes());
        assertNotEquals(etag, header(updated, "ETag"));

        ApiException stale = assertThrows(ApiException.class, () -> persons.personUpdate(id, etag, changed));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody(), stale.getResponseBody().contains("stale-version"));

        PagePersonDTO page = persons.personList(Records.TOWNSHIP, null, CareCategory.LEFT_BEHIND_WOMAN, Status.ACTIVE,
                surname, null, householdId, Gender.FEMALE, 0, 10, null, null);
        assertEquals(Long.valueOf(1), page.getTotal());
        assertEquals(id, (long) page.getItems().get(0).getId());
        assertTrue(page.getItems().get(0).getPhone().contains("*"));
        PagePersonDTO none = persons.personList(Records.TOWNSHIP, null, CareCategory.LEFT_BEHIND_CHILD, null,
                surname, null, null, null, null, null, null, null);
        assertEquals(Long.valueOf(0), none.getTotal());
    }

    /**
     * Every operation of the served document, called as an administrator on records that exist: the status is one
     * it declares, the body matches that status's schema, declared headers are sent and ETag is not sent
     * undeclared. Without credentials a protected operation answers its declared 401; without If-Match one that
     * declares it answers 428, and one that does not never does.
     */
    @Test
    public void everyOperationAnswersAsTheDocumentSays() throws Exception {
        OpenApiSchemas doc = new OpenApiSchemas(admin.withoutCredentials().get("/openapi.json").json());
        Map<String, String> ids = seed();
        List<Map.Entry<String, JsonNode>> ops = new ArrayList<>(doc.operations());
        // reads first, then replacements, then creates, ends last
        ops.sort(Comparator.comparingInt((Map.Entry<String, JsonNode> e) -> e.getKey().startsWith("GET ") ? 0
                : e.getKey().startsWith("PUT ") ? 1 : e.getKey().endsWith("/end") ? 3 : 2));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int called = 0;
        for (Map.Entry<String, JsonNode> op : ops) {
            String method = op.getKey().substring(0, op.getKey().indexOf(' '));
            String template = op.getKey().substring(method.length() + 1);
            if (NOT_CALLED.stream().anyMatch(template::startsWith)) {
                continue; // their records are seeded by their own module tests (TrainingModuleIT, MutualAidModuleIT,
                          // MeetingModuleIT, LegalModuleIT: its cases answer legal staff only, 404 to this admin)
            }
            called++;
            String path = fill(template, ids).substring("/api/v1".length());
            JsonNode o = op.getValue();
            boolean ifMatch = doc.parameters(o).stream().anyMatch(p -> p.path("name").asText().equals("If-Match"));
            String accept = firstSuccessType(o);
            Request request = request(doc, method, path, o, ifMatch);

            Api.Reply reply = admin.call(method, path, request.body, request.contentType,
                    request.headers.toArray(new String[0]));
            check(doc, op.getKey(), o, reply, wrong, true);
            calls++;
            if (!o.path("x-guanai-public").asBoolean(false)) {
                Api.Reply anonymous = admin.withoutCredentials().call(method, path, request.body, request.contentType,
                        "Accept", accept);
                if (anonymous.status != 401) {
                    wrong.add(op.getKey() + " without credentials: " + anonymous.status);
                }
                check(doc, op.getKey() + " (anonymous)", o, anonymous, wrong, false);
                calls++;
            }
            if (ifMatch) {
                Api.Reply noIfMatch = admin.call(method, path, request.body, request.contentType, "Accept", accept);
                if (noIfMatch.status != 428) {
                    wrong.add(op.getKey() + " without If-Match: " + noIfMatch.status);
                }
                check(doc, op.getKey() + " (no If-Match)", o, noIfMatch, wrong, false);
                calls++;
            } else if (reply.status == 428) {
                wrong.add(op.getKey() + " answers 428 but declares no If-Match");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue("calls " + calls + " of " + called + " operations", called > 60 && calls > 2 * called);
    }

    private static final class Request {
        byte[] body;
        String contentType;
        final List<String> headers = new ArrayList<>();
    }

    /** The request an integrator reading the document would send: its example body, or the record read back. */
    private static Request request(OpenApiSchemas doc, String method, String path, JsonNode o, boolean ifMatch) {
        Request r = new Request();
        r.headers.add("Accept");
        r.headers.add(firstSuccessType(o));
        if (!o.has("requestBody")) {
            return r;
        }
        Map.Entry<String, JsonNode> content = o.at("/requestBody/content").fields().next();
        r.contentType = content.getKey();
        if (content.getValue().at("/schema/format").asText().equals("binary")) {
            r.contentType = "text/csv";
            r.body = "户编号,户主姓名,姓名,身份证号\n".getBytes(StandardCharsets.UTF_8);
        } else if (method.equals("PUT") && ifMatch) {
            Api.Reply current = admin.get(path);
            r.body = current.body.getBytes(StandardCharsets.UTF_8);
            r.headers.add("If-Match");
            r.headers.add(current.header("ETag"));
        } else if (path.startsWith("/users/")) {
            r.body = (path.endsWith("/roles") ? "{\"roles\":[\"county\"]}" : "{\"divisions\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            r.body = content.getValue().get("example").toString().getBytes(StandardCharsets.UTF_8);
            if (ifMatch) {
                Api.Reply current = admin.get(path.substring(0, path.lastIndexOf('/')));
                r.headers.add("If-Match");
                r.headers.add(current.header("ETag"));
            }
        }
        return r;
    }

    private static void check(OpenApiSchemas doc, String what, JsonNode o, Api.Reply reply, List<String> wrong,
            boolean mustSucceed) {
        JsonNode response = o.path("responses").get(String.valueOf(reply.status));
        if (response == null) {
            wrong.add(what + ": undeclared status " + reply);
            return;
        }
        if (mustSucceed && what.startsWith("GET ") && reply.status / 100 != 2) {
            wrong.add(what + ": " + reply);
        }
        response = doc.resolve(response);
        String type = reply.header("Content-Type");
        JsonNode content = response.path("content");
        if (reply.body.isEmpty() && content.isMissingNode()) {
            return;
        }
        String mediaType = type == null ? "" : type.split(";")[0].trim();
        JsonNode declared = null;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) content::fields) {
            if (e.getKey().split(";")[0].trim().equals(mediaType)) {
                declared = e.getValue();
            }
        }
        if (declared == null) {
            wrong.add(what + ": " + reply.status + " as " + type + ", declared " + content);
            return;
        }
        if (mediaType.contains("json")) {
            doc.problems(declared.get("schema"), reply.json()).forEach(p -> wrong.add(what + " " + reply.status + ": " + p));
        }
        for (String header : (Iterable<String>) response.path("headers")::fieldNames) {
            if (reply.header(header) == null) {
                wrong.add(what + " " + reply.status + ": no " + header + " header");
            }
        }
        if (reply.header("ETag") != null && !response.path("headers").has("ETag")) {
            wrong.add(what + " " + reply.status + ": ETag sent but not declared");
        }
    }

    private static String firstSuccessType(JsonNode o) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) o.path("responses")::fields) {
            if (e.getKey().startsWith("2") && e.getValue().path("content").fieldNames().hasNext()) {
                return e.getValue().path("content").fieldNames().next();
            }
        }
        return "application/json";
    }

    /** {id} and the other templates of a path filled with records seeded for this test. */
    private static String fill(String template, Map<String, String> ids) {
        String path = template.replace("{code}", Records.TOWNSHIP).replace("{name}",
                template.startsWith("/api/v1/backups/") ? ids.get("backups") : "walker");
        int at = path.indexOf("/{id}");
        if (at < 0) {
            return path;
        }
        String collection = path.substring("/api/v1/".length(), at);
        String id = ids.get(collection);
        assertNotNull("no record seeded for " + template, id);
        return path.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    /** One record of every kind the document has a {@code /{id}} path for, by collection. */
    private static Map<String, String> seed() {
        Map<String, String> ids = new HashMap<>();
        String surname = TestData.uniqueSurname();
        long household = created(ids, "households", Records.household(surname + "户"));
        long child = created(ids, "persons", Records.child(surname + "娃", household));
        long mother = created(null, "persons", Records.woman(surname + "母", household));
        created(ids, "guardianships", Records.guardianship(child, mother));
        long site = created(ids, "sites", body("kind", "CHILDRENS_HOME", "name", surname + "之家",
                "villageCode", Records.VILLAGE));
        long team = created(ids, "teams", body("name", surname + "服务队", "siteId", site));
        created(ids, "volunteers", body("name", surname + "敏", "kind", "SOCIAL_VOLUNTEER", "teamId", team,
                "phone", "13512345678"));
        created(ids, "service-records", body("kind", "VISIT", "date", "2026-03-02", "siteId", site,
                "personIds", List.of(child)));
        long campaign = created(ids, "health/campaigns", body("kind", "TWO_CANCERS", "year", 2026,
                "providerName", "县妇幼保健院", "townshipCodes", List.of(Records.TOWNSHIP)));
        created(ids, "health/checks", body("personId", mother, "campaignId", campaign, "checkedOn", "2026-04-10",
                "result", "NORMAL"));
        created(ids, "health/talks", body("heldOn", "2026-05-12", "speaker", "张医生", "topic", "孕期保健",
                "attendeeIds", List.of(mother), "headCount", 20));
        Api.Reply job = admin.postBytes("/imports?dryRun=true&filename=contract.csv",
                "户编号,户主姓名,姓名,身份证号,类别\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(job.body, 202, job.status);
        ids.put("imports", job.json().get("id").asText());
        // a backup, and its restore staged for a next start this container never makes (GET /backups/restore reads it)
        Api.Reply backup = admin.post("/backups", Map.of());
        assertEquals(backup.body, 201, backup.status);
        ids.put("backups", backup.json().get("name").asText());
        Api.Reply staged = admin.post("/backups/" + ids.get("backups") + "/restore", Map.of());
        assertEquals(staged.body, 202, staged.status);
        return ids;
    }

    private static long created(Map<String, String> ids, String collection, Object body) {
        Api.Reply reply = admin.post("/" + collection, body);
        assertEquals(collection + ": " + reply.body, 201, reply.status);
        long id = reply.json().get("id").asLong();
        if (ids != null) {
            ids.put(collection, String.valueOf(id));
        }
        return id;
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String header(ApiResponse<?> response, String name) {
        for (Map.Entry<String, List<String>> e : response.getHeaders().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
