package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Township scoping and masking as a county sets them up: an administrator assigns a township to the
 * township user at the console, and from the next request on that user sees, counts and writes only there;
 * ID numbers and phones are masked unless a full-view role asks, with a reason.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ScopeIT extends GuanaiTestSupport {
    /** Shipped sample county ({@link SampleCounty}): 荣家湾镇 and one of its villages, 黄沙街镇 and one of its. */
    private static final String TOWNSHIP_A = "430621100";
    private static final String VILLAGE_A = "430621100201";
    private static final String TOWNSHIP_B = "430621101";
    private static final String VILLAGE_B = "430621101201";

    @Test
    public void aTownshipUserSeesCountsAndWritesOnlyTheirTownship() throws Exception {
        Api admin = api();
        String surname = TestData.uniqueSurname();
        long inA = woman(admin, surname + "甲", VILLAGE_A);
        long inB = woman(admin, surname + "乙", VILLAGE_B);

        String assigned = console("registry:user-divisions township " + TOWNSHIP_A);
        assertTrue(assigned, assigned.contains(TOWNSHIP_A));
        Api township = apiAs("township");

        JsonNode named = township.get("/persons?name=" + enc(surname)).json();
        assertEquals(named.toString(), 1, named.get("total").asLong());
        assertEquals(inA, named.get("items").get(0).get("id").asLong());

        JsonNode all = township.get("/persons?limit=200").json();
        long adminCountOfA = admin.get("/persons?limit=1&township=" + TOWNSHIP_A).json().get("total").asLong();
        assertEquals("the page total counts only their township", adminCountOfA, all.get("total").asLong());
        all.get("items").forEach(p -> assertEquals(p.toString(), TOWNSHIP_A, p.get("townshipCode").asText()));
        assertTrue(admin.get("/persons?limit=1").json().get("total").asLong() > adminCountOfA);

        assertEquals(200, township.get("/persons/" + inA).status);
        assertEquals(200, township.get("/persons/" + inA + "/timeline").status);
        Api.Reply other = township.get("/persons/" + inB);
        assertEquals(other.body, 404, other.status);
        assertEquals(404, township.get("/persons/" + inB + "/timeline").status);

        JsonNode stats = township.get("/stats").json();
        assertEquals(stats.toString(), 1, stats.get("townships").size());
        assertEquals(TOWNSHIP_A, stats.get("townships").get(0).get("townshipCode").asText());
        JsonNode adminStats = admin.get("/stats").json();
        long womenInA = 0;
        for (JsonNode row : adminStats.get("townships")) {
            if (row.get("townshipCode").asText().equals(TOWNSHIP_A)) {
                womenInA = row.get("women").asLong();
            }
        }
        assertEquals(womenInA, stats.get("county").get("women").asLong());
        assertTrue(adminStats.get("county").get("women").asLong() > womenInA);

        Map<String, Object> elsewhere = Records.woman(surname + "丙", 0);
        elsewhere.remove("householdId");
        elsewhere.put("villageCode", VILLAGE_B);
        Api.Reply refused = township.post("/persons", elsewhere);
        assertEquals(refused.body, 400, refused.status);
        assertEquals("villageCode", refused.json().get("errors").get(0).get("field").asText());
        elsewhere.put("villageCode", VILLAGE_A);
        assertEquals("and in their own township they may", 201, township.post("/persons", elsewhere).status);

        String consoleList = consoleAs("registry:person-list --name " + surname, "township", "township");
        assertTrue(consoleList, consoleList.contains(surname + "甲"));
        assertFalse(consoleList, consoleList.contains(surname + "乙"));

        String cleared = console("registry:user-divisions --clear township");
        assertTrue(cleared, cleared.contains("无（未分配区划）"));
        assertEquals("township staff without a division see nobody", 0,
                township.get("/persons?name=" + enc(surname)).json().get("total").asLong());
    }

    @Test
    public void idNumbersAndPhonesAreMaskedUnlessAFullViewRoleAsksWithAReason() throws Exception {
        Api admin = api();
        String surname = TestData.uniqueSurname();
        long household = admin.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        Map<String, Object> body = Records.woman(surname + "丁", household);
        String idNumber = (String) body.get("idNumber");
        long id = admin.post("/persons", body).json().get("id").asLong();

        JsonNode masked = apiAs("county").get("/persons/" + id).json();
        assertEquals(idNumber.substring(0, 6) + "********" + idNumber.substring(14), masked.get("idNumber").asText());
        assertEquals("139****5678", masked.get("phone").asText());
        JsonNode household1 = apiAs("county").get("/households/" + household).json();
        assertEquals("138****8000", household1.get("migrantMembers").get(0).get("phone").asText());
        JsonNode listed = apiAs("county").get("/persons?name=" + enc(surname)).json().get("items").get(0);
        assertTrue(listed.toString(), listed.get("idNumber").asText().contains("*"));

        Api.Reply full = apiAs("county").get("/persons/" + id + "?unmask=true&reason=" + enc("家访核对身份"));
        assertEquals(full.body, 200, full.status);
        assertEquals(idNumber, full.json().get("idNumber").asText());
        assertEquals("13912345678", full.json().get("phone").asText());

        Api.Reply noReason = apiAs("county").get("/persons/" + id + "?unmask=true");
        assertEquals(noReason.body, 400, noReason.status);
        assertEquals("reason", noReason.json().get("errors").get(0).get("field").asText());

        Api.Reply notAllowed = apiAs("health").get("/persons/" + id + "?unmask=true&reason=check");
        assertEquals(notAllowed.body, 403, notAllowed.status);
        assertTrue(notAllowed.header("Content-Type").startsWith("application/problem+json"));

        // sending back what one was shown keeps the stored number
        JsonNode read = apiAs("county").get("/persons/" + id).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> changed = Api.JSON.convertValue(read, Map.class);
        changed.remove("warnings");
        changed.put("notes", "核对过");
        Api.Reply put = apiAs("county").put("/persons/" + id, changed, "If-Match", "\"" + read.get("version").asLong() + "\"");
        assertEquals(put.body, 200, put.status);
        assertEquals(idNumber, admin.get("/persons/" + id + "?unmask=true&reason=itest").json().get("idNumber").asText());
        assertEquals("13912345678", admin.get("/persons/" + id + "?unmask=true&reason=itest").json().get("phone").asText());

        String shown = consoleAs("registry:person-show " + id, "county", "county");
        assertFalse(shown, shown.contains(idNumber));
        String unmasked = consoleAs("registry:person-show --unmask --reason 核对 " + id, "county", "county");
        assertTrue(unmasked, unmasked.contains(idNumber));
        String refused = consoleAs("registry:person-show --unmask --reason 核对 " + id, "health", "health");
        assertFalse(refused, refused.contains(idNumber));
    }

    @Test
    public void anAdministratorChangesRolesWithoutRestart() throws Exception {
        Api admin = api();
        Api nobody = apiAs("nobody");
        assertEquals(403, nobody.get("/persons?limit=1").status);

        String set = console("registry:user-roles nobody county");
        assertTrue(set, set.contains("county"));
        assertEquals("the next request has the new role", 200, nobody.get("/persons?limit=1").status);

        JsonNode users = admin.get("/users").json();
        Set<String> names = new HashSet<>();
        users.forEach(u -> names.add(u.get("name").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("nobody", "township", USER)));
        JsonNode roles = admin.put("/users/nobody/roles", Map.of("roles", List.of())).json();
        assertTrue(roles.toString(), roles.get("roles").toString().contains("ssh"));
        assertEquals(403, nobody.get("/persons?limit=1").status);

        Api.Reply bad = admin.put("/users/township/divisions", Map.of("divisions", List.of(TOWNSHIP_B, "999")));
        assertEquals(bad.body, 400, bad.status);
        assertEquals("divisions[1]", bad.json().get("errors").get(0).get("field").asText());
        JsonNode ok = admin.put("/users/township/divisions", Map.of("divisions", List.of(TOWNSHIP_B))).json();
        assertEquals(TOWNSHIP_B, ok.get("divisions").get(0).asText());
        assertNotEquals(200, apiAs("county").get("/users").status);
    }

    private static long woman(Api api, String name, String village) {
        Map<String, Object> h = Records.household(name + "户");
        h.put("villageCode", village);
        Api.Reply household = api.post("/households", h);
        assertEquals(household.body, 201, household.status);
        Api.Reply person = api.post("/persons", Records.woman(name, household.json().get("id").asLong()));
        assertEquals(person.body, 201, person.status);
        return person.json().get("id").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
