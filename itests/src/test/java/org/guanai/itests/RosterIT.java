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
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A county roster of 20,000 rows with 2% defective rows, imported over REST as the county would: every
 * defective row is in the report with its line and reason, every good row is in, re-importing changes
 * nothing, and a township's export re-imports to the same data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
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
