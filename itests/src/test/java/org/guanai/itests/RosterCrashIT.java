package org.guanai.itests;

import org.guanai.testing.exam.GuanaiTestSupport;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A roster import killed in the middle (kill -9 of the real distribution, as DistributionIT does it),
 * then run again: the chunks written before the crash are there whole (no household without some of
 * its persons), and the re-run completes the roster without duplicates.
 */
public class RosterCrashIT {
    private Distribution dist;
    private final String password = "pw-" + UUID.randomUUID();

    @Before
    public void unpack() throws Exception {
        dist = Distribution.unpackWithCounty("dist").user("admin", null, password);
    }

    @After
    public void killLeftovers() throws Exception {
        dist.close();
    }

    @Test
    public void anImportKilledInTheMiddleCompletesOnReRunWithoutDuplicatesOrPartialHouseholds() throws Exception {
        String prefix = "崩" + UUID.randomUUID().toString().substring(0, 6);
        RosterFile roster = new RosterFile(prefix, "430604", 9_000, 0.0);
        int households = roster.households;
        start();
        Api api = dist.api("admin", password);

        Api.Reply accepted = api.postBytes("/imports", roster.csv(), "text/csv");
        assertEquals(accepted.body, 202, accepted.status);
        String id = accepted.json().get("id").asText();
        // some chunks are in, the job still runs: now the server dies
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode job = api.get("/imports/" + id).json();
            return job.get("rowsImported").asInt() >= 1000;
        });
        JsonNode before = api.get("/imports/" + id).json();
        assertEquals("the import finished before the kill; make the file larger", "RUNNING", before.get("status").asText());
        dist.kill();

        start();
        int persons = total(api, "/persons?limit=1&name=" + enc(prefix));
        int householdsIn = total(api, "/households?limit=1&name=" + enc(prefix));
        assertTrue(persons + " persons after the crash", persons > 0 && persons < roster.rows);
        // each household and its three persons were one transaction: no household is partly there
        assertEquals(3 * householdsIn, persons);
        // the job is kept (in the database), marked failed by the node as it started again
        JsonNode after = api.get("/imports/" + id).json();
        assertEquals(after.toString(), "FAILED", after.get("status").asText());
        assertTrue(after.toString(), after.get("message").asText().startsWith("导入中断"));
        // ... but the audit trail says the import was interrupted (issue #19)
        JsonNode trail = api.get("/audit?operation=import&record=" + id).json();
        assertEquals(trail.toString(), 2, trail.get("total").asInt());
        JsonNode interrupted = trail.get("items").get(0);
        assertEquals("FAILED", interrupted.get("outcome").asText());
        assertTrue(interrupted.toString(), interrupted.get("detail").asText().contains("interrupted"));
        assertEquals("admin", interrupted.get("user").asText());

        Api.Reply again = api.postBytes("/imports", roster.csv(), "text/csv");
        String id2 = again.json().get("id").asText();
        JsonNode[] job = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            job[0] = api.get("/imports/" + id2).json();
            return !job[0].get("status").asText().matches("QUEUED|RUNNING");
        });
        assertEquals(job[0].toString(), "DONE", job[0].get("status").asText());
        assertEquals(persons, job[0].get("rowsUnchanged").asInt());
        assertEquals(roster.rows - persons, job[0].get("rowsImported").asInt());
        assertEquals(roster.rows, total(api, "/persons?limit=1&name=" + enc(prefix)));
        assertEquals(households, total(api, "/households?limit=1&name=" + enc(prefix)));
        System.out.printf("RosterCrashIT: killed after %d of %d rows; re-run imported %d, found %d unchanged%n",
                persons, roster.rows, job[0].get("rowsImported").asInt(), persons);
    }

    private static int total(Api api, String path) {
        Api.Reply r = api.get(path);
        assertEquals(r.body, 200, r.status);
        return r.json().get("total").asInt();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void start() throws Exception {
        dist.start();
        dist.awaitReady(dist.api("admin", password), Duration.ofMinutes(5));
    }
}
