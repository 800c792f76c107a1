package org.guanai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * (the data is back).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthModuleIT extends GuanaiTestSupport {
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Inject
    private FeaturesService features;

    @Test
    public void installUseUninstallReinstall() throws Exception {
        Api api = api();
        assertFalse("guanai-health is optional", features.isInstalled(features.getFeature("guanai-health")));
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

    private static void awaitStatus(Api api, String path, int status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(path).status == status);
    }

    private static boolean contains(JsonNode array, String field, Object value) {
        for (JsonNode n : array) {
            if (n.has(field) && n.get(field).asText().equals(String.valueOf(value))) {
                return true;
            }
        }
        return false;
    }
}
