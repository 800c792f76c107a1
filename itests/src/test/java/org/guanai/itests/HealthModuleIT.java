package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first optional module, installed into the running distribution as a county would:
 * feature:install (offline), use, feature:uninstall (the registry goes on), install again
 * (the data is back). And the module kit around it: a module comes and goes (feature:install and uninstall as an
 * admin types them) while the registry's REST answers without a single non-2xx; the one security model holds for
 * every role over the registry's and the health module's reads; the two health findings of the security probe
 * (issue 9: 4, talks ignored divisions; 5, coverage revealed results) stay fixed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthModuleIT extends GuanaiTestSupport {
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    /** What an admin types, as the README says: feature:install -r (no refresh of bundles already running). */
    private static final EnumSet<FeaturesService.Option> AS_TYPED = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final String TOWNSHIP_B = "430621101";

    @Inject
    private FeaturesService features;

    /** This class's tests run from another class's container (PostgresLaneIT), with its services. */
    HealthModuleIT in(FeaturesService features, org.apache.karaf.shell.api.console.SessionFactory sessions) {
        this.features = features;
        this.sessionFactory = sessions;
        return this;
    }

    @Test
    public void installUseUninstallReinstall() throws Exception {
        Api api = api();
        if (features.isInstalled(features.getFeature("guanai-health"))) {
            features.uninstallFeature("guanai-health", NO_REFRESH); // another test of this class installed it
            awaitStatus(api, "/health/campaigns", 404);
        }
        assertEquals(404, api.get("/health/campaigns").status);

        String surname = TestData.uniqueSurname();
        long householdId = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        long checkedWoman = api.post("/persons", Records.woman(surname + "甲", householdId)).json().get("id").asLong();
        long dueWoman = api.post("/persons", Records.woman(surname + "乙", householdId)).json().get("id").asLong();
        long child = api.post("/persons", Records.child(surname + "丙", householdId)).json().get("id").asLong();

        features.installFeature("guanai-health", NO_REFRESH);
        awaitStatus(api, "/health/campaigns", 200);

        int year = LocalDate.now().getYear();
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("kind", "TWO_CANCERS");
        campaign.put("year", year);
        campaign.put("providerName", "县妇幼保健院");
        campaign.put("providerKind", "MCH_STATION");
        campaign.put("townshipCodes", List.of(Records.TOWNSHIP));
        Api.Reply createdCampaign = api.post("/health/campaigns", campaign);
        assertEquals(createdCampaign.body, 201, createdCampaign.status);
        long campaignId = createdCampaign.json().get("id").asLong();

        Api.Reply notAWoman = api.post("/health/checks", check(child, campaignId, "NORMAL"));
        assertEquals(notAWoman.body, 400, notAWoman.status);
        assertEquals("personId", notAWoman.json().get("errors").get(0).get("field").asText());
        // the module's own message bundle: Chinese by default, English when the client asks for it
        assertTrue(notAWoman.body, notAWoman.json().get("errors").get(0).get("message").asText()
                .startsWith("人员 " + child + " 不是在册的留守妇女"));
        Api.Reply inEnglish = api.post("/health/checks", check(child, campaignId, "NORMAL"), "Accept-Language", "en");
        assertEquals(inEnglish.body, 400, inEnglish.status);
        assertTrue(inEnglish.body, inEnglish.json().get("errors").get(0).get("message").asText()
                .startsWith("person " + child + " is not an active left-behind woman"));

        Api.Reply check = api.post("/health/checks", check(checkedWoman, campaignId, "REFERRED"));
        assertEquals(check.body, 201, check.status);
        long checkId = check.json().get("id").asLong();
        assertEquals("REFERRED", api.get("/health/checks/" + checkId).json().get("result").asText());

        JsonNode due = api.get("/health/due?year=" + year + "&township=" + Records.TOWNSHIP + "&limit=500").json();
        assertTrue(due.toString(), contains(due.get("items"), "personId", dueWoman));
        assertFalse(due.toString(), contains(due.get("items"), "personId", checkedWoman));

        JsonNode coverage = api.get("/health/coverage?year=" + year).json();
        assertTrue(coverage.get("county").get("checked").asLong() >= 1);
        assertTrue(coverage.get("county").get("referred").asLong() >= 1);

        JsonNode timeline = api.get("/persons/" + checkedWoman + "/timeline").json();
        assertTrue(timeline.toString(), contains(timeline.get("entries"), "moduleId", "health"));
        assertFalse("the timeline never shows results", timeline.toString().contains("REFERRED"));
        assertTrue(contains(api.get("/modules").json(), "id", "health"));
        assertTrue(api.get("/openapi.json").json().get("paths").has("/api/v1/health/campaigns"));
        String coverageTable = console("health:coverage --year " + year);
        assertTrue(coverageTable, coverageTable.contains("荣家湾镇"));

        features.uninstallFeature("guanai-health", NO_REFRESH);
        awaitStatus(api, "/health/campaigns", 404);
        assertEquals(200, api.get("/persons/" + checkedWoman).status);
        JsonNode without = api.get("/persons/" + checkedWoman + "/timeline").json();
        assertFalse(without.toString(), contains(without.get("entries"), "moduleId", "health"));
        assertEquals(0, without.get("unavailableModules").size());
        assertFalse(contains(api.get("/modules").json(), "id", "health"));
        assertFalse(api.get("/openapi.json").json().get("paths").has("/api/v1/health/campaigns"));

        features.installFeature("guanai-health", NO_REFRESH);
        awaitStatus(api, "/health/checks/" + checkId, 200);
        assertEquals("REFERRED", api.get("/health/checks/" + checkId).json().get("result").asText());
        assertEquals(campaignId, api.get("/health/checks/" + checkId).json().get("campaignId").asLong());
    }

    private static Map<String, Object> check(long personId, long campaignId, String result) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("personId", personId);
        c.put("campaignId", campaignId);
        c.put("checkedOn", LocalDate.now().toString());
        c.put("result", result);
        c.put("findings", "宫颈细胞学异常");
        c.put("referralTarget", "市中心医院妇科");
        c.put("followUpDue", LocalDate.now().plusMonths(1).toString());
        return c;
    }



    @Test
    public void registryAnswersWhileAModuleIsInstalledAndRemovedThreeTimes() throws Exception {
        Api api = api();
        String surname = TestData.uniqueSurname();
        long household = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        long woman = api.post("/persons", Records.woman(surname + "甲", household)).json().get("id").asLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger probes = new AtomicInteger();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        // a client asking every 0.2 s, as the probe did
        probe.scheduleWithFixedDelay(() -> {
            for (String path : List.of("/status", "/persons/" + woman, "/persons?limit=1")) {
                Api.Reply r = api.get(path);
                probes.incrementAndGet();
                if (r.status / 100 != 2) {
                    failures.add(path + " " + r.status + " " + r.body);
                }
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        try {
            for (int round = 1; round <= 3; round++) {
                features.installFeature("guanai-health", AS_TYPED);
                awaitStatus(api, "/health/campaigns", 200);
                features.uninstallFeature("guanai-health", AS_TYPED);
                awaitStatus(api, "/health/campaigns", 404);
                Api.Reply gone = api.get("/health/campaigns");
                assertEquals("an uninstalled module's path is a problem, never HTML", "application/problem+json",
                        gone.header("Content-Type"));
            }
        } finally {
            probe.shutdown();
            assertTrue(probe.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue("the probe ran: " + probes, probes.get() > 30);
        assertEquals("non-2xx answers of the registry while the module came and went: " + failures, 0, failures.size());
    }

    @Test
    public void everyRoleSeesOnlyWhatItMayAndModulesReadPersonsWithoutAuditingThem() throws Exception {
        Api admin = api();
        installHealth(admin);
        String surname = TestData.uniqueSurname();
        long household = admin.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        Map<String, Object> body = Records.woman(surname + "甲", household);
        String idNumber = (String) body.get("idNumber");
        long woman = admin.post("/persons", body).json().get("id").asLong();
        long campaign = admin.post("/health/campaigns", campaign()).json().get("id").asLong();
        Api.Reply check = admin.as("health", System.getProperty("guanai.itest.password"))
                .post("/health/checks", referredCheck(woman, campaign));
        assertEquals(check.body, 201, check.status);
        long checkId = check.json().get("id").asLong();

        List<String> reads = List.of("/persons?limit=500&name=" + surname, "/persons/" + woman,
                "/persons/" + woman + "/timeline", "/households/" + household, "/health/checks?person=" + woman,
                "/health/checks/" + checkId, "/health/due?township=" + Records.TOWNSHIP + "&limit=500",
                "/health/coverage", "/health/follow-ups/overdue", "/health/talks");
        for (String role : List.of("county", "township", "health", "legal", "stats", "nobody")) {
            Api as = apiAs(role);
            for (String path : reads) {
                Api.Reply r = as.get(path);
                assertTrue(role + " " + path + ": " + r.status, r.status == 200 || r.status == 403 || r.status == 404);
                assertFalse(role + " saw the full ID number at " + path, r.body.contains(idNumber));
                assertFalse(role + " saw the full phone at " + path, r.body.contains("13912345678"));
                if (!role.equals("health")) {
                    assertFalse(role + " saw a result at " + path, r.body.contains("REFERRED"));
                    assertFalse(role + " saw findings at " + path, r.body.contains("宫颈细胞学异常"));
                }
            }
        }
        assertEquals("REFERRED", apiAs("health").get("/health/checks/" + checkId).json().get("result").asText());

        long before = personReads(admin, "county");
        assertEquals(200, apiAs("county").get("/health/checks?person=" + woman).status);
        assertEquals(200, apiAs("county").get("/health/checks/" + checkId).status);
        assertEquals("listing and reading checks is not the county user opening the woman's record",
                before, personReads(admin, "county"));
        assertEquals(200, apiAs("county").get("/persons/" + woman).status);
        assertEquals("opening her record is audited", before + 1, personReads(admin, "county"));
    }

    @Test
    public void finding4_talksFollowDivisions() throws Exception {
        Api admin = api();
        installHealth(admin);
        String surname = TestData.uniqueSurname();
        long household = admin.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        long woman = admin.post("/persons", Records.woman(surname + "甲", household)).json().get("id").asLong();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("kind", "WOMENS_HOME");
        site.put("name", surname + "妇女之家");
        site.put("villageCode", Records.VILLAGE);
        long siteId = admin.post("/sites", site).json().get("id").asLong();
        Map<String, Object> talk = new LinkedHashMap<>();
        talk.put("heldOn", LocalDate.now().minusDays(1).toString());
        talk.put("siteId", siteId);
        talk.put("speaker", "县妇幼保健院 李医生");
        talk.put("topic", "两癌防治");
        talk.put("attendeeIds", List.of(woman));
        Api.Reply created = admin.post("/health/talks", talk);
        assertEquals(created.body, 201, created.status);
        long talkId = created.json().get("id").asLong();
        assertEquals(Records.TOWNSHIP, created.json().get("townshipCode").asText());

        Api township = apiAs("township");
        admin.put("/users/township/divisions", Map.of("divisions", List.of()));
        assertFalse("no divisions: nothing of a township", contains(township.get("/health/talks?limit=500").json()
                .get("items"), "id", talkId));
        assertEquals(404, township.get("/health/talks/" + talkId).status);
        admin.put("/users/township/divisions", Map.of("divisions", List.of(TOWNSHIP_B)));
        assertFalse("another township: nothing of this one", contains(township.get("/health/talks?limit=500").json()
                .get("items"), "id", talkId));
        assertEquals(404, township.get("/health/talks/" + talkId).status);
        admin.put("/users/township/divisions", Map.of("divisions", List.of(Records.TOWNSHIP)));
        JsonNode own = township.get("/health/talks/" + talkId).json();
        assertEquals(woman, own.get("attendeeIds").get(0).asLong());
        admin.put("/users/township/divisions", Map.of("divisions", List.of()));
    }

    @Test
    public void finding5_coverageSuppressesSmallCells() throws Exception {
        Api admin = api();
        installHealth(admin);
        String surname = TestData.uniqueSurname();
        long household = admin.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        long woman = admin.post("/persons", Records.woman(surname + "甲", household)).json().get("id").asLong();
        long campaign = admin.post("/health/campaigns", campaign()).json().get("id").asLong();
        assertEquals(201, apiAs("health").post("/health/checks", referredCheck(woman, campaign)).status);
        int year = LocalDate.now().getYear();

        JsonNode health = apiAs("health").get("/health/coverage?year=" + year).json();
        assertTrue(health.get("suppressedBelow").isNull());
        assertTrue(row(health, Records.TOWNSHIP).get("referred").asLong() >= 1);

        JsonNode county = apiAs("county").get("/health/coverage?year=" + year).json();
        assertEquals(5, county.get("suppressedBelow").asInt());
        JsonNode township = row(county, Records.TOWNSHIP);
        assertTrue("checked is shown: who was checked is no result", township.get("checked").asLong() >= 1);
        assertTrue("a handful of referred women, whom the check list names, is suppressed: " + township,
                township.get("referred").isNull());
        assertTrue(county.get("county").get("referred").isNull());
    }

    private void installHealth(Api api) throws Exception {
        if (!features.isInstalled(features.getFeature("guanai-health"))) {
            features.installFeature("guanai-health", AS_TYPED);
        }
        awaitStatus(api, "/health/campaigns", 200);
    }

    private static long personReads(Api admin, String user) {
        return admin.get("/audit?operation=person.read&user=" + user + "&limit=1").json().get("total").asLong();
    }

    private static Map<String, Object> campaign() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", "TWO_CANCERS");
        c.put("year", LocalDate.now().getYear());
        c.put("providerName", "县妇幼保健院");
        c.put("providerKind", "MCH_STATION");
        return c;
    }

    private static Map<String, Object> referredCheck(long personId, long campaignId) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("personId", personId);
        c.put("campaignId", campaignId);
        c.put("checkedOn", LocalDate.now().toString());
        c.put("result", "REFERRED");
        c.put("findings", "宫颈细胞学异常");
        c.put("referralTarget", "市中心医院妇科");
        c.put("followUpDue", LocalDate.now().plusMonths(1).toString());
        return c;
    }

    private static JsonNode row(JsonNode coverage, String township) {
        for (JsonNode r : coverage.get("townships")) {
            if (r.get("townshipCode").asText().equals(township)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + township + " in " + coverage);
    }
}
