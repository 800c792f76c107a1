package org.guanai.mutualaid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.guanai.testing.exam.Api;
import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.TestData;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mutual-aid module in the Guanai distribution, as a county uses it: feature:install (offline), groups of two kinds,
 * members, an activity with a beneficiary, a pairing and its visits over REST and at the console, bad input refused by
 * field, the unpaired-vulnerable and inactive-groups lists, the timeline; feature:uninstall (the registry answers on),
 * install again (the data is back).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MutualAidModuleIT extends GuanaiTestSupport {
    /** What an admin types, as the README says: feature:install -r (no refresh of bundles already running). */
    private static final EnumSet<FeaturesService.Option> AS_TYPED = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    private FeaturesService features;

    @Test
    public void installUseUninstallReinstall() throws Exception {
        Api api = api();
        if (features.isInstalled(features.getFeature("guanai-mutualaid"))) {
            features.uninstallFeature("guanai-mutualaid", AS_TYPED);
        }
        awaitStatus(api, "/mutual-aid/groups", 404);
        String surname = TestData.uniqueSurname();
        long family = id(api.post("/households", household(surname + "家", false)));
        long hardship = id(api.post("/households", household(surname + "困", true)));
        long woman = id(api.post("/persons", person(surname + "甲", family, 35, true, "LEFT_BEHIND_WOMAN")));
        long other = id(api.post("/persons", person(surname + "乙", family, 40, true, "LEFT_BEHIND_WOMAN")));
        long child = id(api.post("/persons", person(surname + "丙", family, 9, false, "LEFT_BEHIND_CHILD")));
        long team = id(api.post("/teams", Map.of("name", surname + "帮扶队", "townshipCode", TOWNSHIP)));
        long volunteer = id(api.post("/volunteers", Map.of("name", surname + "书记", "kind", "PART_TIME_STAFF",
                "teamId", team)));

        features.installFeature("guanai-mutualaid", AS_TYPED);
        awaitStatus(api, "/mutual-aid/groups", 200);

        long security = id(api.post("/mutual-aid/groups", group(surname + "治安组", "SECURITY", 200)));
        id(api.post("/mutual-aid/groups", group(surname + "文体组", "CULTURE_SPORTS", 30)));
        String added = console("mutualaid:group-add --name " + surname + "环卫组 --kind 环卫 --village " + VILLAGE
                + " --founded " + TODAY.minusDays(150));
        assertTrue(added, added.contains("已登记互助组"));
        long quiet = api.get("/mutual-aid/groups?name=" + surname + "环卫组").json().get("items").get(0).get("id")
                .asLong();

        long leader = id(api.post("/mutual-aid/memberships", Map.of("groupId", security, "personId", woman,
                "role", "LEADER", "joinedOn", TODAY.minusDays(100).toString())));
        problem(api.post("/mutual-aid/memberships", Map.of("groupId", security, "personId", woman)), "personId");
        String joined = console("mutualaid:member-add --group " + security + " --person " + other);
        assertTrue(joined, joined.contains("加入 " + surname + "治安组"));
        problem(api.post("/mutual-aid/activities", activity(security, TODAY.minusDays(201), List.of(), List.of())),
                "heldOn");
        long activity = id(api.post("/mutual-aid/activities",
                activity(security, TODAY.minusDays(5), List.of(leader), List.of(child))));

        problem(api.post("/mutual-aid/pairings", Map.of("helperPersonId", woman, "personId", woman)), "personId");
        long pairing = id(api.post("/mutual-aid/pairings", Map.of("helperVolunteerId", volunteer, "personId", child,
                "startsOn", TODAY.minusDays(30).toString())));
        problem(api.post("/mutual-aid/visits", visit(pairing, TODAY.minusDays(31))), "visitedOn");
        assertEquals(201, api.post("/mutual-aid/visits", visit(pairing, TODAY.minusDays(10))).status);
        String visited = console("mutualaid:visit-add --pairing " + pairing + " --date " + TODAY.minusDays(2)
                + " --kind 送温暖 --note 送去米油");
        assertTrue(visited, visited.contains("送温暖"));
        String refused = console("mutualaid:visit-add --pairing " + pairing + " --date " + TODAY.plusDays(1)
                + " --kind HOME_VISIT");
        assertTrue(refused, refused.contains("visitedOn"));

        JsonNode unpaired = api.get("/mutual-aid/lists/unpaired-vulnerable?township=" + TOWNSHIP + "&limit=500").json();
        assertTrue(unpaired.toString(), contains(unpaired.get("items"), "householdId", hardship));
        assertFalse(unpaired.toString(), contains(unpaired.get("items"), "personId", child));
        JsonNode inactive = api.get("/mutual-aid/lists/inactive-groups?township=" + TOWNSHIP + "&limit=500").json();
        assertTrue(inactive.toString(), contains(inactive.get("items"), "groupId", quiet));
        assertFalse(inactive.toString(), contains(inactive.get("items"), "groupId", security));
        String printed = console("mutualaid:unpaired --township " + TOWNSHIP + " --limit 500");
        assertTrue(printed, printed.contains(surname + "困"));
        assertEquals(403, apiAs("stats").get("/mutual-aid/groups").status);
        assertTrue(api.get("/openapi.json").json().get("paths").has("/api/v1/mutual-aid/groups"));
        JsonNode bulletin = api.get("/bulletin?township=" + TOWNSHIP).json();
        assertTrue(bulletin.toString(), contains(bulletin.get("sections"), "moduleId", "mutualaid"));

        assertEquals(List.of("joined-group", "took-part"), kinds(api, woman)); // sorted: the timeline orders by date
        assertEquals(List.of("paired", "visited", "visited", "was-helped"), kinds(api, child));

        features.uninstallFeature("guanai-mutualaid", AS_TYPED);
        awaitStatus(api, "/mutual-aid/groups", 404);
        assertEquals(200, api.get("/persons/" + woman).status);
        assertEquals(List.of(), kinds(api, woman));

        features.installFeature("guanai-mutualaid", AS_TYPED);
        awaitStatus(api, "/mutual-aid/groups/" + security, 200);
        JsonNode back = api.get("/mutual-aid/groups/" + security).json();
        assertEquals(surname + "甲", back.get("leaderName").asText());
        assertEquals(2, back.get("memberCount").asInt());
        assertEquals(TODAY.minusDays(5).toString(), back.get("lastActivityOn").asText());
        assertEquals(200, api.get("/mutual-aid/activities/" + activity).status);
        assertEquals(TODAY.minusDays(2).toString(), api.get("/mutual-aid/pairings/" + pairing).json()
                .get("lastVisitOn").asText());
    }

    private static long id(Api.Reply reply) {
        assertEquals(reply.body, 201, reply.status);
        return reply.json().get("id").asLong();
    }

    private static void problem(Api.Reply reply, String field) {
        assertEquals(reply.body, 400, reply.status);
        assertTrue(reply.body, contains(reply.json().get("errors"), "field", field));
    }

    private static List<String> kinds(Api api, long person) {
        List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode e : api.get("/persons/" + person + "/timeline").json().get("entries")) {
            if (e.get("moduleId").asText().equals("mutualaid")) {
                kinds.add(e.get("kind").asText());
            }
        }
        java.util.Collections.sort(kinds);
        return kinds;
    }

    private static Map<String, Object> household(String head, boolean hardship) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("villageCode", VILLAGE);
        h.put("headName", head);
        h.put("hardship", hardship);
        return h;
    }

    private static Map<String, Object> person(String name, long household, int age, boolean female, String category) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("idNumber", idNumber(TestData.bornYearsAgo(age), female));
        p.put("householdId", household);
        p.put("categories", List.of(category));
        if (category.equals("LEFT_BEHIND_CHILD")) {
            p.put("schoolStage", "PRIMARY");
        }
        return p;
    }

    private static Map<String, Object> group(String name, String kind, int daysAgo) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", name);
        g.put("kind", kind);
        g.put("villageCode", VILLAGE);
        g.put("foundedOn", TODAY.minusDays(daysAgo).toString());
        return g;
    }

    private static Map<String, Object> activity(long group, LocalDate on, List<Long> participants, List<Long> helped) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("groupId", group);
        a.put("heldOn", on.toString());
        a.put("kind", "FARM_HELP");
        a.put("hours", 3.5);
        a.put("participantIds", participants);
        a.put("beneficiaryPersonIds", helped);
        a.put("note", "帮助抢收稻谷");
        return a;
    }

    private static Map<String, Object> visit(long pairing, LocalDate on) {
        return Map.of("pairingId", pairing, "visitedOn", on.toString(), "kind", "HOME_VISIT", "note", "了解孩子学习情况");
    }
}
