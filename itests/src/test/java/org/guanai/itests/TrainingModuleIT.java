package org.guanai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The skills-training module as the "done when" walks it, in the distribution as shipped: install it at
 * runtime; a course, a class, three women enrolled and two days of attendance over REST; a GBK sign-in sheet
 * with title rows imported at the console, its bad line reported; completion and a certificate; an entrepreneurship
 * project fair and a sign-up at the console; her timeline, the report table, the bulletin section and the indicators; uninstall (the registry answers, the module's paths are gone), reinstall (the
 * records are back). One container for the whole walk.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingModuleIT extends GuanaiTestSupport {
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Inject
    private FeaturesService features;

    @Test
    public void installUseUninstallReinstall() throws Exception {
        Api api = api();
        assertEquals(404, api.get("/training/courses").status);
        String surname = TestData.uniqueSurname();
        long household = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        Map<String, Object> third = Records.woman(surname + "丙", household);
        long[] women = {
            api.post("/persons", Records.woman(surname + "甲", household)).json().get("id").asLong(),
            api.post("/persons", Records.woman(surname + "乙", household)).json().get("id").asLong(),
            api.post("/persons", third).json().get("id").asLong()};

        features.installFeature("guanai-training", NO_REFRESH);
        awaitStatus(api, "/training/courses", 200);

        Map<String, Object> course = new LinkedHashMap<>();
        course.put("title", "农村电商与直播带货");
        course.put("kind", "E_COMMERCE");
        course.put("partnerKind", "HUMAN_RESOURCES");
        course.put("partnerName", "县人力资源和社会保障局");
        course.put("requiredHours", 12);
        course.put("certificateName", "电子商务培训结业证书");
        Api.Reply createdCourse = api.post("/training/courses", course);
        assertEquals(createdCourse.body, 201, createdCourse.status);
        LocalDate starts = LocalDate.now().minusDays(5);
        Map<String, Object> trainingClass = new LinkedHashMap<>();
        trainingClass.put("courseId", createdCourse.json().get("id").asLong());
        trainingClass.put("villageCode", Records.VILLAGE);
        trainingClass.put("place", "村委会二楼会议室");
        trainingClass.put("trainer", "县人社局 李老师");
        trainingClass.put("startsOn", starts.toString());
        trainingClass.put("endsOn", starts.minusDays(1).toString());
        trainingClass.put("capacity", 30);
        Api.Reply backwards = api.post("/training/classes", trainingClass);
        assertEquals(backwards.body, 400, backwards.status);
        assertEquals("endsOn", backwards.json().get("errors").get(0).get("field").asText());
        trainingClass.put("endsOn", starts.plusDays(1).toString());
        Api.Reply createdClass = api.post("/training/classes", trainingClass);
        assertEquals(createdClass.body, 201, createdClass.status);
        long classId = createdClass.json().get("id").asLong();

        long[] enrolments = new long[3];
        for (int i = 0; i < 3; i++) {
            Api.Reply enrolled = api.post("/training/classes/" + classId + "/enrolments", Map.of("personId", women[i]));
            assertEquals(enrolled.body, 201, enrolled.status);
            enrolments[i] = enrolled.json().get("id").asLong();
        }
        assertEquals(409, api.post("/training/classes/" + classId + "/enrolments", Map.of("personId", women[0])).status);
        Api.Reply outside = api.post("/training/classes/" + classId + "/attendance",
                Map.of("day", starts.plusDays(2).toString(), "hours", 6, "personIds", List.of(women[0])));
        assertEquals(outside.body, "day", outside.json().get("errors").get(0).get("field").asText());
        for (int d = 0; d < 2; d++) {
            Api.Reply day = api.post("/training/classes/" + classId + "/attendance", Map.of("day",
                    starts.plusDays(d).toString(), "hours", 6, "personIds", d == 0 ? List.of(women[0], women[1], women[2])
                            : List.of(women[0])));
            assertEquals(day.body, 200, day.status);
        }

        // the third woman signed the second day's sheet, which also has a line nobody can be found for
        String sheet = "电商培训班签到表,,\n序号,姓名,身份证号码\n1," + surname + "丙," + third.get("idNumber")
                + "\n2,查无此人," + TestData.idNumber(TestData.bornYearsAgo(40), true) + "\n";
        String name = "sign-in-" + UUID.randomUUID() + ".csv";
        File file = new File(System.getProperty("guanai.data"), "files/" + name); // files.dir as shipped
        Files.createDirectories(file.getParentFile().toPath());
        Files.write(file.toPath(), sheet.getBytes(Charset.forName("GBK")));
        String imported = console("training:sign-in-import --class " + classId + " --day " + starts.plusDays(1)
                + " --hours 6 " + name);
        assertTrue(imported, imported.contains("2 行，1 人登记到场，0 人缺席，1 行未采用。"));
        assertTrue(imported, imported.contains("登记中没有此身份证号码的人员"));

        JsonNode first = api.get("/training/enrolments/" + enrolments[0]).json();
        assertTrue(first.toString(), first.get("completed").asBoolean());
        assertTrue(api.get("/training/enrolments/" + enrolments[2]).json().get("completed").asBoolean());
        Api.Reply notCompleted = api.post("/training/enrolments/" + enrolments[1] + "/certificate", Map.of(), "If-Match", "\"1\"");
        assertEquals(notCompleted.body, 400, notCompleted.status);
        assertEquals("completed", notCompleted.json().get("errors").get(0).get("field").asText());
        Api.Reply certificate = api.post("/training/enrolments/" + enrolments[0] + "/certificate", Map.of(),
                "If-Match", "\"" + first.get("version").asLong() + "\"");
        assertEquals(certificate.body, 200, certificate.status);
        String number = certificate.json().get("certificateNumber").asText();
        assertTrue(number, number.startsWith("PX" + starts.getYear() + "-"));

        // an entrepreneurship project fair: recorded over REST, a woman signed up at the console, a bad sign-up refused
        Map<String, Object> fair = new LinkedHashMap<>();
        fair.put("heldOn", starts.toString());
        fair.put("townshipCode", Records.TOWNSHIP);
        fair.put("place", "镇文化广场");
        fair.put("organiser", "县人社局、县妇联");
        fair.put("headCount", 120);
        fair.put("projects", List.of(Map.of("name", "黄桃种植合作社", "presenter", "县黄桃专业合作社"),
                Map.of("name", "手工编织来料加工")));
        Api.Reply createdFair = api.post("/training/fairs", fair);
        assertEquals(createdFair.body, 201, createdFair.status);
        long fairId = createdFair.json().get("id").asLong();
        long peaches = createdFair.json().get("projects").get(0).get("id").asLong();
        String signedUp = console("training:fair-sign-up --fair " + fairId + " --project " + peaches + " " + women[0]);
        assertTrue(signedUp, signedUp.contains("已报名 " + surname + "甲 → 黄桃种植合作社"));
        Api.Reply early = api.post("/training/fairs/" + fairId + "/sign-ups",
                Map.of("projectId", peaches, "personId", women[1], "signedUpOn", starts.minusDays(1).toString()));
        assertEquals(early.body, 400, early.status);
        assertEquals("signedUpOn", early.json().get("errors").get(0).get("field").asText());
        assertEquals(409, api.post("/training/fairs/" + fairId + "/sign-ups",
                Map.of("projectId", peaches, "personId", women[0])).status);
        String shown = console("training:fair-show " + fairId);
        assertTrue(shown, shown.contains("黄桃种植合作社") && shown.contains(surname + "甲"));

        JsonNode timeline = api.get("/persons/" + women[0] + "/timeline").json();
        assertTrue(timeline.toString(), contains(timeline.get("entries"), "kind", "training-fair-sign-up"));
        assertTrue(timeline.toString(), contains(timeline.get("entries"), "kind", "training-certificate"));
        assertTrue(timeline.toString(), contains(timeline.get("entries"), "kind", "training-completed"));
        String report = console("training:report");
        assertTrue(report, report.contains("荣家湾镇"));
        JsonNode row = null;
        for (JsonNode r : api.get("/training/report").json().get("townships")) {
            row = r.get("townshipCode").asText().equals(Records.TOWNSHIP) ? r : row;
        }
        assertTrue(row.toString(), row.get("womenTrained").asInt() >= 3 && row.get("certificates").asInt() >= 1);
        assertTrue(row.toString(), row.get("fairs").asInt() >= 1 && row.get("fairSignUps").asInt() >= 1);
        JsonNode bulletin = api.get("/bulletin?year=" + starts.getYear() + "&quarter=" + ((starts.getMonthValue() + 2) / 3))
                .json();
        assertTrue(bulletin.toString(), contains(bulletin.get("sections"), "moduleId", "training"));
        JsonNode indicators = api.get("/indicators").json();
        assertTrue(indicators.toString(), contains(indicators, "id", "women-trained"));
        assertTrue(contains(api.get("/modules").json(), "id", "training"));
        Api.Reply openapi = api.get("/openapi.json");
        assertEquals(openapi.body, 200, openapi.status);
        assertTrue(openapi.json().get("paths").has("/api/v1/training/classes/{id}/sign-in"));

        features.uninstallFeature("guanai-training", NO_REFRESH);
        awaitStatus(api, "/training/courses", 404);
        assertEquals(200, api.get("/persons/" + women[0]).status);
        JsonNode without = api.get("/persons/" + women[0] + "/timeline").json();
        assertFalse(without.toString(), contains(without.get("entries"), "moduleId", "training"));
        assertFalse(contains(api.get("/modules").json(), "id", "training"));

        features.installFeature("guanai-training", NO_REFRESH);
        awaitStatus(api, "/training/enrolments/" + enrolments[0], 200);
        assertEquals(number, api.get("/training/enrolments/" + enrolments[0]).json().get("certificateNumber").asText());
        assertEquals(3, api.get("/training/classes/" + classId).json().get("enrolled").asInt());
    }
}
