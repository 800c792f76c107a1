package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A county roster of 20,000 rows with 2% defective rows, imported over REST as the county would: every
 * defective row is in the report with its line and reason, every good row is in, re-importing changes
 * nothing, and a township's export re-imports to the same data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RosterIT extends GuanaiTestSupport {

    private static final String HUANGSHA = "430621101";

    @Test
    public void aCountyRosterImportsWithEveryBadRowReportedAndReImportsUnchanged() {
        Api api = api();
        String prefix = "册" + UUID.randomUUID().toString().substring(0, 6);
        RosterFile roster = new RosterFile(prefix, "430602", 20_000, 0.02);
        int good = roster.goodPersons();
        assertEquals(roster.rows, good + roster.rejected + roster.duplicates);

        JsonNode job = importAndWait(api, roster.csv(), "");
        System.out.printf("RosterIT: %d rows imported in %s (%.0f rows/s as measured by the job)%n", roster.rows,
                Duration.between(java.time.Instant.parse(job.get("startedAt").asText()),
                        java.time.Instant.parse(job.get("finishedAt").asText())), job.get("rowsPerSecond").asDouble());
        assertEquals(job.toString(), "DONE", job.get("status").asText());
        assertEquals(roster.rows, job.get("rowsTotal").asInt());
        assertEquals(roster.rejected, job.get("rowsRejected").asInt());
        assertEquals(roster.duplicates, job.get("duplicatesSuspected").asInt());
        assertEquals(good, job.get("rowsImported").asInt());

        // every defective row is in the report, with its line and the column at fault
        Map<Integer, List<String[]>> report = report(api, job.get("id").asText());
        for (Map.Entry<Integer, String> defect : roster.defects.entrySet()) {
            List<String[]> lines = report.get(defect.getKey());
            assertNotNull("line " + defect.getKey() + " is not in the report", lines);
            assertTrue("line " + defect.getKey() + ": " + describe(lines),
                    lines.stream().anyMatch(l -> l[1].equals(defect.getValue()) && !l[2].isBlank()
                            && !l[4].equals("WARNING")));
        }
        long reportedRows = report.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(l -> !l[4].equals("WARNING"))).count();
        assertEquals(roster.defects.size(), reportedRows);

        // every good row is in
        assertEquals(good, api.get("/persons?limit=1&name=" + enc(prefix)).json().get("total").asInt());

        // the same file again changes nothing
        JsonNode again = importAndWait(api, roster.csv(), "");
        assertEquals(0, again.get("rowsImported").asInt());
        assertEquals(good, again.get("rowsUnchanged").asInt());
        assertEquals(roster.rejected, again.get("rowsRejected").asInt());
        assertEquals(good, api.get("/persons?limit=1&name=" + enc(prefix)).json().get("total").asInt());

        // a township's export (in full, for this) re-imports to the same data
        byte[] export = api.getBytes("/exports/roster?township=" + HUANGSHA + "&unmask=true&reason=" + enc("RosterIT"));
        JsonNode back = importAndWait(api, export, "");
        int township = roster.goodPersonsByTownship.get("黄沙街镇");
        assertEquals(back.toString(), township, back.get("rowsTotal").asInt());
        assertEquals(back.toString(), 0, back.get("rowsImported").asInt()
                + back.get("rowsRejected").asInt() + back.get("duplicatesSuspected").asInt());
        assertEquals(township, back.get("rowsUnchanged").asInt());
        byte[] xlsx = api.getBytes("/exports/roster?township=" + HUANGSHA + "&format=xlsx&unmask=true&reason=test");
        JsonNode backX = importAndWait(api, xlsx, "");
        assertEquals(backX.toString(), township, backX.get("rowsUnchanged").asInt());

        // a masked export keeps nobody's numbers
        String masked = new String(api.getBytes("/exports/roster?township=" + HUANGSHA), StandardCharsets.UTF_8);
        assertTrue(masked.contains("430602********"));
        assertTrue(!masked.contains("\r\n430602") && !masked.matches("(?s).*,430602\\d{11}[\\dX],.*"));
    }

    @Test
    public void aDryRunWritesNothingAndBadUploadsAreProblems() {
        Api api = api();
        String prefix = "试" + UUID.randomUUID().toString().substring(0, 6);
        RosterFile roster = new RosterFile(prefix, "430603", 300, 0.02);
        JsonNode dry = importAndWait(api, roster.csv(), "?dryRun=true");
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(dry + " " + report(api, dry.get("id").asText()).values().stream().limit(5)
                .map(RosterIT::describe).toList(), roster.goodPersons(), dry.get("rowsImported").asInt());
        assertEquals(0, api.get("/persons?limit=1&name=" + enc(prefix)).json().get("total").asInt());

        Api.Reply garbage = api.postBytes("/imports", "just,some\ntext,here\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(garbage.body, 400, garbage.status);
        assertTrue(garbage.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(garbage.body, garbage.body.contains("户编号"));
        Api.Reply empty = api.postBytes("/imports", new byte[0], "text/csv");
        assertEquals(empty.body, 400, empty.status);
        assertEquals(404, api.get("/imports/" + UUID.randomUUID()).status);
        // imports are county staff's
        assertEquals(403, apiAs("township").postBytes("/imports", roster.csv(), "text/csv").status);
    }

    /**
     * Issue #14: a township's children's roster as the county keeps it, in each form it comes in, imports without
     * editing: children, their households, the fathers away as migrant members, the grandmothers registered and made
     * guardians; every defective row reported on its line and column; the counts add up to the file's rows.
     */
    @Test
    public void aCountysChildrensRosterImportsAsItIsFromGbkCsvUtf8CsvAndXlsx() throws Exception {
        Api api = api();
        String[] regions = {"430611", "430612", "430613"};
        for (int f = 0; f < 3; f++) {
            String prefix = "童" + UUID.randomUUID().toString().substring(0, 6);
            ChildrenRoster roster = new ChildrenRoster(prefix, regions[f], 6);
            byte[] file = f == 0 ? roster.csv(java.nio.charset.Charset.forName("GBK"))
                    : f == 1 ? roster.csv(StandardCharsets.UTF_8) : roster.xlsx();
            JsonNode job = importAndWait(api, file, "");
            String form = new String[] {"GBK CSV", "UTF-8 CSV", "XLSX"}[f];
            int total = roster.good() + roster.defects.size();
            assertEquals(form + " " + job, total, job.get("rowsTotal").asInt());
            assertEquals(form + " " + job, roster.good(), job.get("rowsImported").asInt());
            assertEquals(form, roster.defects.size(), job.get("rowsRejected").asInt());
            assertEquals(form, total, job.get("rowsImported").asInt() + job.get("rowsUnchanged").asInt()
                    + job.get("rowsRejected").asInt() + job.get("duplicatesSuspected").asInt());
            assertTrue(job.get("message").asText(), job.get("message").asText().contains(total + " = " + total + " ✓"));
            assertEquals("children", job.get("layout").asText());
            Map<Integer, List<String[]>> report = report(api, job.get("id").asText());
            for (Map.Entry<Integer, String> defect : roster.defects.entrySet()) {
                List<String[]> lines = report.get(defect.getKey());
                assertNotNull(form + ": line " + defect.getKey() + " is not in the report", lines);
                assertTrue(form + " line " + defect.getKey() + ": " + describe(lines),
                        lines.stream().anyMatch(l -> l[1].equals(defect.getValue()) && l[4].equals("ERROR")));
            }
            // the children and their grandmothers, registered as guardians; the father away in the household
            assertEquals(form, roster.good() + roster.families,
                    api.get("/persons?limit=1&name=" + enc(prefix)).json().get("total").asInt());
            JsonNode child = api.get("/persons?name=" + enc(prefix + "家0大宝")).json().get("items").get(0);
            JsonNode household = api.get("/households/" + child.get("householdId").asLong()).json();
            assertEquals("FATHER", household.get("migrantMembers").get(0).get("relation").asText());
            assertEquals("广东省", household.get("migrantMembers").get(0).get("workProvince").asText());
            assertEquals(1, api.get("/persons/" + child.get("id").asLong() + "/guardianships").json().get("total").asInt());
            assertEquals("PRIMARY", child.get("schoolStage").asText());
        }
    }

    /** Filters take names as well as codes, and an unknown one is a 400 naming it (REST) or said so (console). */
    @Test
    public void filtersTakeNamesAndNameAnUnknownDivisionAndExportsNeverCarryAFormula() throws Exception {
        Api api = api();
        assertEquals(200, api.get("/persons?limit=1&township=" + enc("荣家湾镇") + "&village=" + enc("古洲湾村")).status);
        Api.Reply unknown = api.get("/persons?township=" + enc("月亮镇"));
        assertEquals(unknown.body, 400, unknown.status);
        assertTrue(unknown.body, unknown.body.contains("\"field\":\"township\""));
        assertEquals(400, api.get("/households?village=430621999999").status);
        assertEquals(400, api.get("/exports/roster?village=" + enc("月亮村")).status);
        String console = console("registry:person-list --township 月亮镇");
        assertTrue(console, console.contains("--township") && console.contains("月亮镇"));

        long household = api.post("/households", Records.household("=HYPERLINK(\"x\")")).json().get("id").asLong();
        Map<String, Object> formula = Records.woman("=1+2", household);
        assertEquals(201, api.post("/persons", formula).status);
        String csv = new String(api.getBytes("/exports/roster?village=" + Records.VILLAGE), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",'=1+2,") && csv.contains("'=HYPERLINK"));
        assertTrue(csv.contains("状态"));
    }

    private static JsonNode importAndWait(Api api, byte[] file, String query) {
        Api.Reply accepted = api.postBytes("/imports" + query, file, "application/octet-stream");
        assertEquals(accepted.body, 202, accepted.status);
        String location = accepted.header("Location");
        assertTrue(location, location.contains("/api/v1/imports/"));
        String id = accepted.json().get("id").asText();
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = api.get("/imports/" + id).json();
            String status = last[0].get("status").asText();
            return status.equals("DONE") || status.equals("FAILED");
        });
        assertEquals(last[0].toString(), "DONE", last[0].get("status").asText());
        return last[0];
    }

    /** The report by line: each entry line, column, problem, expected, severity, sheet. */
    private static Map<Integer, List<String[]>> report(Api api, String id) {
        String csv = new String(api.getBytes("/imports/" + id + "/report"), StandardCharsets.UTF_8);
        Map<Integer, List<String[]>> byLine = new HashMap<>();
        List<String> records = split(csv.replace("\uFEFF", ""));
        for (String record : records.subList(1, records.size())) {
            String[] f = fields(record);
            byLine.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f);
        }
        return byLine;
    }

    private static List<String> split(String csv) {
        List<String> records = new ArrayList<>();
        StringBuilder r = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (r.length() > 0) {
                    records.add(r.toString());
                }
                r.setLength(0);
            } else {
                r.append(c);
            }
        }
        if (r.length() > 0) {
            records.add(r.toString());
        }
        return records;
    }

    private static String[] fields(String record) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out.toArray(new String[0]);
    }

    private static String describe(List<String[]> lines) {
        StringBuilder s = new StringBuilder();
        for (String[] l : lines) {
            s.append(String.join(" | ", l)).append("; ");
        }
        return s.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
