package org.guanai.legal.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The legal module in the Guanai distribution, as a county uses it: feature:install (offline); a promotion event and
 * rights cases from intake through referral, follow-up and closure over REST and at the console, bad input refused by
 * field; the overdue list; every other role (admin included) finds no case over REST, at the console, on the person's
 * timeline, in the export or below a township total; each read of a case is in the audit trail; feature:uninstall
 * (the registry answers on), install again (the data is back). One container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LegalModuleIT extends GuanaiTestSupport {
    /** What an admin types, as the README says: feature:install -r (no refresh of bundles already running). */
    private static final EnumSet<FeaturesService.Option> AS_TYPED = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    private static final LocalDate TODAY = LocalDate.now();
    private static final Pattern RECEIVED = Pattern.compile("已受理案件 (\\d+)");

    @Inject
    private FeaturesService features;

    @Test
    public void installUseWalkTheRolesUninstallReinstall() throws Exception {
        Api admin = api();
        Api legal = apiAs("legal");
        if (features.isInstalled(features.getFeature("guanai-legal"))) {
            features.uninstallFeature("guanai-legal", AS_TYPED);
        }
        awaitStatus(admin, "/legal/events", 404);
        String surname = TestData.uniqueSurname();
        long family = id(admin.post("/households", Map.of("villageCode", VILLAGE, "headName", surname + "家")));
        long woman = id(admin.post("/persons", Map.of("name", surname + "秀英", "householdId", family,
                "idNumber", idNumber(TestData.bornYearsAgo(34), true), "categories", List.of("LEFT_BEHIND_WOMAN"))));

        features.installFeature("guanai-legal", AS_TYPED);
        awaitStatus(legal, "/legal/events", 200);
        // the feature's command ACL reaches Karaf through fileinstall's poll of etc/; until then a legal: command needs
        // admin (karaf.secured.command.compulsory.roles): wait until legal staff are let in, as they are a moment later
        org.awaitility.Awaitility.await("the legal: command ACL").atMost(java.time.Duration.ofSeconds(120))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> !consoleAs("legal:event-list", "legal", "legal").contains("Insufficient credentials"));
        assertTrue(admin.get("/modules").body.contains("\"legal\""));

        // a promotion event, over REST and at the console
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("heldOn", TODAY.minusDays(3).toString());
        event.put("kind", "VILLAGE_CAMPAIGN");
        event.put("villageCode", VILLAGE);
        event.put("topics", List.of("ANTI_DOMESTIC_VIOLENCE"));
        event.put("partners", List.of("JUSTICE", "POLICE"));
        event.put("headCount", 80);
        event.put("materials", 200);
        event.put("attendeePersonIds", List.of(woman));
        id(admin.post("/legal/events", event));
        event.put("topics", List.of());
        problem(admin.post("/legal/events", event), "topics");
        String added = consoleAs("legal:event-add --date " + TODAY.minusDays(1) + " --kind 进校园 --township " + TOWNSHIP
                + " --place 中心小学 --topic 未成年人保护法,安全防范 --partner 教育 --reached 300", "legal", "legal");
        assertTrue(added, added.contains("已登记普法活动"));

        // a case over REST: intake, referral (not before the intake), follow-up, closure (not without an outcome)
        Api.Reply received = legal.post("/legal/cases", intake(woman, TODAY.minusDays(3), "HIGH"));
        long rest = id(received);
        problem(legal.post("/legal/cases/" + rest + "/referrals", Map.of("on", TODAY.minusDays(4).toString(),
                "department", "POLICE"), "If-Match", received.header("ETag")), "on");
        Api.Reply referred = legal.post("/legal/cases/" + rest + "/referrals", Map.of("on", TODAY.minusDays(2).toString(),
                "department", "POLICE", "response", "派出所已出警"), "If-Match", received.header("ETag"));
        assertEquals(referred.body, 200, referred.status);
        assertEquals("REFERRED", referred.json().get("status").asText());
        Api.Reply followed = legal.post("/legal/cases/" + rest + "/follow-ups", Map.of("note", "电话回访"),
                "If-Match", referred.header("ETag"));
        problem(followed, "on");
        followed = legal.post("/legal/cases/" + rest + "/follow-ups", Map.of("on", TODAY.toString(), "note", "电话回访"),
                "If-Match", referred.header("ETag"));
        assertEquals(followed.body, "FOLLOWING_UP", followed.json().get("status").asText());
        problem(legal.post("/legal/cases/" + rest + "/close", Map.of("reason", "已解决"), "If-Match", followed.header("ETag")), "outcome");
        Api.Reply closed = legal.post("/legal/cases/" + rest + "/close", Map.of("outcome", "RESOLVED", "reason", "已解决"),
                "If-Match", followed.header("ETag"));
        assertEquals(closed.body, "CLOSED", closed.json().get("status").asText());
        problem(legal.post("/legal/cases/" + rest + "/follow-ups", Map.of("on", TODAY.toString()),
                "If-Match", closed.header("ETag")), "status");

        // a case at the console, the same way
        String taken = consoleAs("legal:case-intake --person " + woman + " --channel 12338 --category 婚姻家庭 --risk 中 --date "
                + TODAY.minusDays(2) + " --description 丈夫外出后不给付抚养费", "legal", "legal");
        Matcher m = RECEIVED.matcher(taken);
        assertTrue(taken, m.find());
        long console = Long.parseLong(m.group(1));
        assertTrue(consoleAs("legal:case-refer --case " + console + " --department 法律援助", "legal", "legal").contains("已转介"));
        assertTrue(consoleAs("legal:case-follow-up --case " + console + " --note 回访", "legal", "legal").contains("跟进中"));
        String refused = consoleAs("legal:case-close --case " + console + " --reason 调解", "legal", "legal");
        assertTrue(refused, refused.contains("outcome"));
        assertTrue(consoleAs("legal:case-close --case " + console + " --outcome 调解成功 --reason 调解成功", "legal", "legal")
                .contains("已结案"));
        assertTrue(consoleAs("legal:case-show " + console, "legal", "legal").contains("丈夫外出后不给付抚养费"));

        // the overdue list: a medium-risk call of ten days ago that nobody answered
        long late = id(legal.post("/legal/cases", intake(woman, TODAY.minusDays(10), "MEDIUM")));
        JsonNode overdue = legal.get("/legal/cases/overdue?limit=500").json();
        assertTrue(overdue.toString(), contains(overdue.get("items"), "caseId", late));
        assertFalse(overdue.toString(), contains(overdue.get("items"), "caseId", rest));
        assertTrue(consoleAs("legal:case-overdue", "legal", "legal").contains("首次响应超期"));

        // every other role: no case anywhere, no figure below a township total
        for (String other : List.of("county", "township", "health", "stats")) {
            roleFindsNothing(apiAs(other), other, woman, rest);
        }
        roleFindsNothing(admin, USER, woman, rest);
        assertTrue(admin.get("/persons/" + woman + "/timeline").body.contains("attended-promotion"));
        String csv = apiAs("county").get("/legal/cases/export").body;
        assertEquals(csv, 1, csv.strip().split("\r\n").length);
        assertEquals(403, apiAs("county").get("/legal/cases/export?details=true&purpose=x").status);
        assertEquals(400, legal.get("/legal/cases/export?details=true").status);
        assertTrue(legal.get("/legal/cases/export?details=true&purpose=" + "court").body.contains("电话回访"));
        JsonNode figures = apiAs("stats").get("/legal/reports/cases").json();
        assertTrue(figures.toString(), figures.get("closed").isNull()); // 2 closed of 3: a small cell
        assertEquals(400, apiAs("stats").get("/legal/reports/cases?township=" + VILLAGE).status);
        assertTrue(legal.get("/indicators").body.contains("cases-year"));
        assertTrue(legal.get("/persons/" + woman + "/timeline").body.contains("rights-case"));

        // the audit trail has every read of the REST case, by whom: two over REST, one at the console, one on the timeline
        assertEquals(200, legal.get("/legal/cases/" + rest).status);
        assertEquals(200, legal.get("/legal/cases/" + rest).status);
        assertTrue(consoleAs("legal:case-show " + rest, "legal", "legal").contains("派出所已出警"));
        JsonNode reads = admin.get("/audit?operation=legal-case.read&record=" + rest + "&limit=500").json();
        assertTrue(reads.toString(), reads.get("total").asLong() >= 4);
        for (JsonNode row : reads.get("items")) {
            assertEquals(row.toString(), "legal", row.get("user").asText());
        }

        features.uninstallFeature("guanai-legal", AS_TYPED);
        awaitStatus(legal, "/legal/cases/" + rest, 404);
        assertEquals(200, admin.get("/persons/" + woman).status);
        assertEquals(200, admin.get("/status").status);

        features.installFeature("guanai-legal", AS_TYPED);
        awaitStatus(legal, "/legal/cases/" + rest, 200);
        assertEquals("CLOSED", legal.get("/legal/cases/" + rest).json().get("status").asText());
        assertEquals(2, legal.get("/legal/cases/" + console).json().get("steps").size());
    }

    /** As {@code user}: every case is 404, lists and the overdue list are empty, the timeline shows none, no small figure. */
    private void roleFindsNothing(Api as, String user, long woman, long caseId) throws Exception {
        assertEquals(user, 404, as.get("/legal/cases/" + caseId).status);
        Api.Reply list = as.get("/legal/cases");
        assertTrue(user + " " + list.body, list.status == 403 || list.json().get("total").asLong() == 0);
        Api.Reply overdue = as.get("/legal/cases/overdue");
        assertTrue(user + " " + overdue.body, overdue.status == 403 || overdue.json().get("total").asLong() == 0);
        Api.Reply timeline = as.get("/persons/" + woman + "/timeline");
        assertFalse(user + " " + timeline.body, timeline.body.contains("rights-case") || timeline.body.contains("/legal/cases/"));
        Api.Reply indicators = as.get("/indicators");
        if (indicators.status == 200) {
            for (JsonNode i : indicators.json()) { // three cases: a small cell, left out (a township that sees none: 0)
                boolean caseFigure = i.get("moduleId").asText().equals("legal") && i.get("id").asText().startsWith("cases");
                assertFalse(user + " " + i, caseFigure && i.get("value").asDouble() != 0);
            }
        }
        Api.Reply actions = as.get("/action-lists");
        assertFalse(user + " " + actions.body, actions.body.contains("overdue-cases"));
        if (!user.equals("stats") && !user.equals("health")) {
            String shown = consoleAs("legal:case-show " + caseId, user, user.equals(USER) ? "admin" : user);
            assertTrue(user + " " + shown, shown.contains("维权案件 " + caseId + " 不存在"));
            String listed = consoleAs("legal:case-list", user, user.equals(USER) ? "admin" : user);
            assertFalse(user + " " + listed, listed.contains("家庭暴力"));
        }
    }

    private static Map<String, Object> intake(long person, LocalDate received, String risk) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("receivedOn", received.toString());
        c.put("channel", "HOTLINE_12338");
        c.put("subjectKind", "REGISTERED");
        c.put("personId", person);
        c.put("category", "DOMESTIC_VIOLENCE");
        c.put("riskLevel", risk);
        c.put("reporter", "本人");
        c.put("description", "丈夫酒后殴打");
        return c;
    }

    private static long id(Api.Reply reply) {
        assertEquals(reply.body, 201, reply.status);
        return reply.json().get("id").asLong();
    }

    private static void problem(Api.Reply reply, String field) {
        assertEquals(reply.body, 400, reply.status);
        assertTrue(reply.body, contains(reply.json().get("errors"), "field", field));
    }
}
