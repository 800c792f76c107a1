package org.guanai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.awaitility.Awaitility;
import org.guanai.testing.exam.Api;
import org.guanai.testing.exam.TestData;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two distributions on one PostgreSQL behave as one registry (issue 18): an import started through node A is
 * listed, followed and its report read through node B; a lockout through A holds on B; the daily audit purge runs
 * on one node; concurrent updates of one person through A and B give one 200 and one 412, and neither node serves
 * a stale copy afterwards. Both nodes are started as a county would start them (bin/start), configured as the
 * README's "Several nodes on one PostgreSQL" says. Skipped where no PostgreSQL is to be had.
 */
public class TwoNodesIT {

    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String CLERK_PASSWORD = "pw-" + UUID.randomUUID();
    /** The account locked through A: it exists on both nodes, with this password. */
    private static final String TARGET = "target-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String TARGET_PASSWORD = "pw-" + UUID.randomUUID();
    private static LocalPostgres postgres;
    private static Distribution a;
    private static Distribution b;
    private static long started;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        started = System.nanoTime();
        postgres = LocalPostgres.start();
        a = node("node-a");
        b = node("node-b");
        // one after the other: the first migrates the schema and sets the county up, the second finds both done
        a.start();
        a.awaitReady(a.api("admin", PASSWORD), Duration.ofMinutes(3));
        b.start();
        b.awaitReady(b.api("admin", PASSWORD), Duration.ofMinutes(3));
        System.out.printf("TwoNodesIT: both nodes up after %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** A distribution on the shared database, with the same accounts as the other, its first purge soon after start. */
    private static Distribution node(String name) throws Exception {
        Distribution d = Distribution.unpackWithCounty(name).user("admin", null, PASSWORD).user("clerk", "county", CLERK_PASSWORD)
                .user(TARGET, "county", TARGET_PASSWORD);
        Path cfg = d.home.resolve("etc/org.ops4j.datasource-guanai.cfg");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (!line.matches("\\s*(osgi\\.jdbc\\.driver\\.name|url|user|password)\\s*=.*")) {
                lines.add(line);
            }
        }
        lines.add("osgi.jdbc.driver.name = PostgreSQL JDBC Driver");
        lines.add("url = " + org.guanai.testing.TestPostgres.cfgUrl(postgres.url));
        lines.add("user = " + postgres.user);
        lines.add("password = " + postgres.password);
        Files.write(cfg, lines);
        // the driver comes with Guanai's features: the datasource file is the whole switch (README)
        // several nodes: no node-local copy of mutable records (README)
        d.setProperty("etc/system.properties", "eclipselink.cache.shared.default", "false");
        d.setProperty("etc/org.guanai.registry.cfg", "audit.purge.delay.seconds", "20");
        return d;
    }

    @AfterClass
    public static void stopBoth() throws Exception {
        try {
            for (Distribution d : new Distribution[] {a, b}) {
                if (d != null) {
                    d.stop();
                }
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            System.out.printf("TwoNodesIT: %d s in all%n", (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    @Test
    public void anImportStartedThroughAIsFollowedAndItsReportReadThroughB() {
        Api onA = a.api("clerk", CLERK_PASSWORD);
        Api onB = b.api("clerk", CLERK_PASSWORD);
        RosterFile roster = new RosterFile("双" + UUID.randomUUID().toString().substring(0, 5), "430604", 1_500, 0.01);
        Api.Reply accepted = onA.postBytes("/imports", roster.csv(), "text/csv");
        assertEquals(accepted.body, 202, accepted.status);
        String id = accepted.json().get("id").asText();

        Api.Reply seen = onB.get("/imports/" + id);
        assertEquals(seen.body, 200, seen.status);
        JsonNode[] job = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() -> {
            job[0] = onB.get("/imports/" + id).json();
            return job[0].get("status").asText().matches("DONE|FAILED");
        });
        assertEquals(job[0].toString(), "DONE", job[0].get("status").asText());
        assertEquals(job[0].toString(), roster.rows, job[0].get("rowsTotal").asInt());
        assertEquals(onA.get("/imports/" + id).json(), onB.get("/imports/" + id).json());
        assertTrue(onB.get("/imports").json().findValuesAsText("id").contains(id));
        String reportOnB = new String(onB.getBytes("/imports/" + id + "/report"), StandardCharsets.UTF_8);
        assertEquals(new String(onA.getBytes("/imports/" + id + "/report"), StandardCharsets.UTF_8), reportOnB);
        assertTrue(reportOnB, reportOnB.lines().count() > 1);
    }

    @Test
    public void aLockoutThroughAHoldsOnB() {
        String name = TARGET;
        for (int i = 0; i < 5; i++) {
            assertEquals(401, a.api(name, "wrong" + i).get("/persons?limit=1").status);
        }
        assertEquals("locked through A, refused on B with the right password", 401,
                b.api(name, TARGET_PASSWORD).get("/persons?limit=1").status);
        JsonNode failures = b.api("admin", PASSWORD).get("/audit?operation=login.failed&user=" + name).json();
        assertEquals(failures.toString(), 6, failures.get("total").asInt());
        assertTrue(failures.toString(), failures.toString().contains("locked after repeated failed logins"));
    }

    @Test
    public void concurrentUpdatesOfOnePersonThroughAAndBGiveOne200AndOne412() throws Exception {
        Api onA = a.api("clerk", CLERK_PASSWORD);
        Api onB = b.api("clerk", CLERK_PASSWORD);
        long household = onA.post("/households", Records.household(TestData.uniqueSurname())).json().get("id").asLong();
        Api.Reply created = onA.post("/persons", Records.woman(TestData.uniqueSurname() + "英", household));
        assertEquals(created.body, 201, created.status);
        long id = created.json().get("id").asLong();
        // both nodes have read it (a node-local cache would now hold this version)
        String etag = onB.get("/persons/" + id).header("ETag");
        assertEquals(etag, onA.get("/persons/" + id).header("ETag"));

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Api.Reply> viaA = CompletableFuture.supplyAsync(() -> put(onA, created, id, "13700000001", etag, together));
        CompletableFuture<Api.Reply> viaB = CompletableFuture.supplyAsync(() -> put(onB, created, id, "13700000002", etag, together));
        List<Integer> statuses = new ArrayList<>(List.of(viaA.get().status, viaB.get().status));
        statuses.sort(null);
        assertEquals(viaA.get().body + "\n" + viaB.get().body, List.of(200, 412), statuses);

        // the loser's node serves the winner's version, not a copy of its own
        Api.Reply winner = viaA.get().status == 200 ? viaA.get() : viaB.get();
        for (Api node : List.of(onA, onB)) {
            Api.Reply now = node.get("/persons/" + id);
            assertEquals(winner.header("ETag"), now.header("ETag"));
            assertEquals(winner.json().get("phone").asText(), now.json().get("phone").asText());
        }
    }

    private static Api.Reply put(Api api, Api.Reply created, long id, String phone, String etag, CyclicBarrier together) {
        @SuppressWarnings("unchecked")
        Map<String, Object> changed = Api.JSON.convertValue(created.json(), Map.class);
        changed.remove("warnings");
        changed.put("phone", phone);
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return api.put("/persons/" + id, changed, "If-Match", etag);
    }

    @Test
    public void theDailyPurgeRunsOnOneNode() {
        // each node tries its first purge 20 s after its start (audit.purge.delay.seconds): one takes the day's lease
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                purgeLine(a) != null && purgeLine(b) != null);
        List<String> lines = List.of(purgeLine(a), purgeLine(b));
        assertEquals(lines.toString(), 1, lines.stream().filter(l -> l.contains("purged by")).count());
        assertEquals(lines.toString(), 1, lines.stream().filter(l -> l.contains("skipped on")).count());
        JsonNode purges = a.api("admin", PASSWORD).get("/audit?operation=audit.purge").json();
        assertEquals(purges.toString(), 1, purges.get("total").asInt());
    }

    private static String purgeLine(Distribution d) {
        return d.logLinesFrom(0).stream().filter(l -> l.contains("Audit trail: ") && l.contains("purged by")
                || l.contains("Audit trail purge: today's is another node's")).findFirst().orElse(null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
