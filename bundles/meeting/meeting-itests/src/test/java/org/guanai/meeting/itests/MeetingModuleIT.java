package org.guanai.meeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The joint meeting in the Guanai distribution, as a county uses it: feature:install -r (offline), departments, a
 * meeting, matters about the county, a township and a person, progress and done over REST and at the console, bad input
 * refused by field, the overdue list and the report, a township worker's view (her township and the county-wide
 * matters, phones masked), the person's timeline, the bulletin's section; feature:uninstall (the registry answers on),
 * install again (the data is back). One container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MeetingModuleIT extends GuanaiTestSupport {
    /** What an admin types, as the README says: feature:install -r (no refresh of bundles already running). */
    private static final EnumSet<FeaturesService.Option> AS_TYPED = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final LocalDate TODAY = LocalDate.now();
    private static final String OTHER_TOWNSHIP = "430621101";

    @Inject
    private FeaturesService features;

    @Test
    public void installUseUninstallReinstall() throws Exception {
        Api api = api();
        // the distribution's features repository names the module's; on a loaded machine the features service may
        // not list it yet when REST already answers
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> features.getFeature("guanai-meeting") != null);
        if (features.isInstalled(features.getFeature("guanai-meeting"))) {
            features.uninstallFeature("guanai-meeting", AS_TYPED);
        }
        awaitStatus(api, "/meeting/matters", 404);
        String surname = TestData.uniqueSurname();
        long household = id(api.post("/households", Map.of("villageCode", VILLAGE, "headName", surname + "家")));
        long child = id(api.post("/persons", Map.of("name", surname + "丙", "householdId", household,
                "idNumber", idNumber(TestData.bornYearsAgo(9), false), "categories", List.of("LEFT_BEHIND_CHILD"),
                "schoolStage", "PRIMARY")));

        features.installFeature("guanai-meeting", AS_TYPED);
        awaitStatus(api, "/meeting/departments", 200);

        long civil = id(api.post("/meeting/departments", Map.of("name", surname + "民政局", "contactName", "张敏",
                "contactPhone", "13907301234")));
        problem(api.post("/meeting/departments", Map.of("name", surname + "民政局")), "name");
        String added = console("meeting:department-add --name " + surname + "教育局 --contact 李志强 --phone 13907305678");
        assertTrue(added, added.contains("已增加成员单位"));
        long edu = -1;
        for (JsonNode d : api.get("/meeting/departments?limit=500").json().get("items")) {
            edu = d.get("name").asText().equals(surname + "教育局") ? d.get("id").asLong() : edu;
        }

        problem(api.post("/meeting/meetings", meeting(TODAY.plusDays(1), civil)), "heldOn");
        String recorded = console("meeting:meeting-add --date " + TODAY.minusDays(60) + " --place 县政府三楼会议室"
                + " --chair 副县长 --departments " + civil + "," + edu);
        assertTrue(recorded, recorded.contains("已登记会议"));
        long meeting = api.get("/meeting/meetings?from=" + TODAY.minusDays(60) + "&to=" + TODAY.minusDays(60))
                .json().get("items").get(0).get("id").asLong();

        // about the county, the township, the other township, and the child (her village, township and household)
        long county = id(api.post("/meeting/matters", matter(meeting, edu, 30, null, surname + "全县排查")));
        long overdue = id(api.post("/meeting/matters", matter(meeting, civil, 50, TOWNSHIP, surname + "本镇救助")));
        long elsewhere = id(api.post("/meeting/matters", matter(meeting, civil, 90, OTHER_TOWNSHIP, surname + "他镇")));
        problem(api.post("/meeting/matters", matter(meeting, civil, -1, TOWNSHIP, surname + "过早")), "dueOn");
        String about = console("meeting:matter-add --meeting " + meeting + " --raised-by 县妇联 --title "
                + surname + "委托监护 --department " + civil + " --due " + TODAY.plusDays(30) + " --person " + child);
        assertTrue(about, about.contains("已登记事项"));
        JsonNode personal = api.get("/meeting/matters?person=" + child).json().get("items").get(0);
        assertEquals(VILLAGE, personal.get("villageCode").asText());
        assertEquals(household, personal.get("householdId").asLong());
        assertEquals(surname + "丙", personal.get("concerns").asText());
        String refused = console("meeting:matter-add --meeting " + meeting + " --raised-by 县妇联 --title 错 --department "
                + civil + " --due " + TODAY.minusDays(61));
        assertTrue(refused, refused.contains("dueOn"));

        // progress and done, over REST and at the console; a done matter takes no more progress
        assertEquals(201, api.post("/meeting/progress", Map.of("matterId", county, "note", "已部署")).status);
        problem(api.post("/meeting/progress", Map.of("matterId", county, "note", "会前", "notedOn",
                TODAY.minusDays(61).toString())), "notedOn");
        String noted = console("meeting:matter-progress --matter " + personal.get("id").asText() + " --note 已入户核实");
        assertTrue(noted, noted.contains("已记录事项"));
        Api.Reply read = api.get("/meeting/matters/" + county);
        problem(api.post("/meeting/matters/" + county + "/done", Map.of("doneOn", TODAY.toString()),
                "If-Match", read.header("ETag")), "result");
        assertEquals(428, api.post("/meeting/matters/" + county + "/done", Map.of("result", "完成")).status);
        assertEquals(200, api.post("/meeting/matters/" + county + "/done", Map.of("doneOn",
                TODAY.minusDays(35).toString(), "result", "完成全县排查"), "If-Match", read.header("ETag")).status);
        String closed = console("meeting:matter-done --matter " + personal.get("id").asText() + " --result 已签订委托监护协议");
        assertTrue(closed, closed.contains("已办结"));
        problem(api.post("/meeting/progress", Map.of("matterId", county, "note", "再记")), "matterId");

        // the overdue list and the report, over REST and at the console
        JsonNode late = api.get("/meeting/reports/overdue?limit=500").json();
        assertTrue(late.toString(), contains(late.get("items"), "id", overdue));
        assertFalse(late.toString(), contains(late.get("items"), "id", county));
        String listed = console("meeting:overdue --limit 500");
        assertTrue(listed, listed.contains(surname + "本镇救助") && listed.contains("逾期"));
        JsonNode report = api.get("/meeting/reports/by-department?from=" + TODAY.minusDays(60)).json();
        assertTrue(report.toString(), report.get("total").get("raised").asLong() >= 4);
        assertTrue(console("meeting:report").contains("按期办结率"));

        // a township worker: her township's matters and the county-wide ones, phones masked
        assertEquals(200, api.put("/users/township/divisions", Map.of("divisions", List.of(TOWNSHIP))).status);
        Api township = apiAs("township");
        JsonNode seen = township.get("/meeting/matters?limit=500").json().get("items");
        assertTrue(seen.toString(), contains(seen, "id", county) && contains(seen, "id", overdue));
        assertFalse(seen.toString(), contains(seen, "id", elsewhere));
        assertEquals(404, township.get("/meeting/matters/" + elsewhere).status);
        assertEquals(403, township.post("/meeting/matters", matter(meeting, civil, 30, TOWNSHIP, "镇级")).status);
        assertEquals(201, township.post("/meeting/progress", Map.of("matterId", overdue, "note", "本镇已摸底")).status);
        assertEquals("139****1234", township.get("/meeting/departments/" + civil).json().get("contactPhone").asText());
        String hers = consoleAs("meeting:matter-list --limit 500", "township", "township");
        assertTrue(hers, hers.contains(surname + "本镇救助") && !hers.contains(surname + "他镇"));
        assertEquals(403, apiAs("health").get("/meeting/matters").status);

        // the child's timeline, the bulletin's section, the OpenAPI document
        assertEquals(List.of("matter-done", "matter-raised"), kinds(api, child));
        // each title in the reader's language, both renderings beside it
        JsonNode english = api.call("GET", "/persons/" + child + "/timeline", null, null, "Accept-Language", "en")
                .json();
        boolean done = false;
        for (JsonNode e : english.get("entries")) {
            if (e.get("kind").asText().equals("matter-done")) {
                assertTrue(e.toString(), e.get("title").asText().startsWith("Matter done"));
                assertEquals(e.toString(), e.get("titleEn").asText(), e.get("title").asText());
                assertTrue(e.toString(), e.get("titleZh").asText().startsWith("事项办结"));
                done = true;
            }
        }
        assertTrue(english.toString(), done);
        JsonNode bulletin = api.get("/bulletin?year=" + TODAY.minusDays(60).getYear() + "&quarter="
                + ((TODAY.minusDays(60).getMonthValue() + 2) / 3)).json();
        JsonNode section = section(bulletin);
        assertTrue(bulletin.toString(), section != null && section.toString().contains(surname + "全县排查"));
        assertFalse(section.toString(), section.toString().contains(surname + "委托监护"));
        assertTrue(api.get("/openapi.json").json().get("paths").has("/api/v1/meeting/matters"));

        features.uninstallFeature("guanai-meeting", AS_TYPED);
        awaitStatus(api, "/meeting/matters", 404);
        assertEquals(200, api.get("/persons/" + child).status);
        assertEquals(List.of(), kinds(api, child));
        assertEquals(null, section(api.get("/bulletin").json()));

        features.installFeature("guanai-meeting", AS_TYPED);
        awaitStatus(api, "/meeting/matters/" + county, 200);
        JsonNode back = api.get("/meeting/matters/" + county).json();
        assertEquals("DONE", back.get("state").asText());
        assertEquals(1, back.get("progressCount").asInt());
        assertTrue(api.get("/meeting/matters/" + overdue).json().get("overdue").asBoolean());
    }

    private static long id(Api.Reply reply) {
        assertEquals(reply.body, 201, reply.status);
        return reply.json().get("id").asLong();
    }

    private static void problem(Api.Reply reply, String field) {
        assertEquals(reply.body, 400, reply.status);
        assertTrue(reply.body, contains(reply.json().get("errors"), "field", field));
    }

    private static JsonNode section(JsonNode bulletin) {
        for (JsonNode s : bulletin.get("sections")) {
            if (s.get("moduleId").asText().equals("meeting")) {
                return s;
            }
        }
        return null;
    }

    private static List<String> kinds(Api api, long person) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode e : api.get("/persons/" + person + "/timeline").json().get("entries")) {
            if (e.get("moduleId").asText().equals("meeting")) {
                kinds.add(e.get("kind").asText());
            }
        }
        java.util.Collections.sort(kinds);
        return kinds;
    }

    private static Map<String, Object> meeting(LocalDate on, long department) {
        return Map.of("heldOn", on.toString(), "place", "县政府三楼会议室", "chair", "副县长", "departmentIds",
                List.of(department));
    }

    private static Map<String, Object> matter(long meeting, long department, int dueInDays, String township,
                                              String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meetingId", meeting);
        m.put("raisedBy", "县妇联");
        m.put("title", title);
        m.put("departmentId", department);
        m.put("dueOn", TODAY.minusDays(60).plusDays(dueInDays).toString());
        if (township != null) {
            m.put("townshipCode", township);
        }
        return m;
    }
}
