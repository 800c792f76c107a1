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
    private Path home;
    private int httpPort;
    private final String password = "pw-" + UUID.randomUUID();

    @Before
    public void unpack() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "dist-" + UUID.randomUUID()));
        run(new ProcessBuilder("tar", "xzf", new File(System.getProperty("guanai.distribution")).getAbsolutePath())
                .directory(dir.toFile()), 60);
        try (var entries = Files.list(dir)) {
            home = entries.findFirst().orElseThrow().toAbsolutePath();
        }
        httpPort = GuanaiTestSupport.freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(GuanaiTestSupport.freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(GuanaiTestSupport.freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(GuanaiTestSupport.freePort()));
        SampleCounty.install(home);
        ProcessBuilder addUser = new ProcessBuilder("bin/guanai-user-add", "admin").directory(home.toFile());
        addUser.environment().put("GUANAI_PASSWORD", password);
        assertEquals(0, run(addUser, 30));
    }

    @After
    public void killLeftovers() throws Exception {
        pid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    public void anImportKilledInTheMiddleCompletesOnReRunWithoutDuplicatesOrPartialHouseholds() throws Exception {
        String prefix = "崩" + UUID.randomUUID().toString().substring(0, 6);
        RosterFile roster = new RosterFile(prefix, "430604", 9_000, 0.0);
        int households = roster.households;
        start();
        Api api = new Api(httpPort, "admin", password);

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
        ProcessHandle.of(pid().orElseThrow()).orElseThrow().destroyForcibly();
        awaitStopped();

        start();
        int persons = total(api, "/persons?limit=1&name=" + enc(prefix));
        int householdsIn = total(api, "/households?limit=1&name=" + enc(prefix));
        assertTrue(persons + " persons after the crash", persons > 0 && persons < roster.rows);
        // each household and its three persons were one transaction: no household is partly there
        assertEquals(3 * householdsIn, persons);
        assertEquals(404, api.get("/imports/" + id).status); // a restart forgets jobs, not data

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
        assertEquals(0, run(new ProcessBuilder("bin/start").directory(home.toFile()), 60));
        Api anonymous = new Api(httpPort, null, null);
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> anonymous.get("/status").status == 200
                        && new Api(httpPort, "admin", password).get("/persons?limit=1").status == 200);
    }

    private void awaitStopped() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> pid().flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true));
    }

    private Optional<Long> pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String s = Files.readString(file).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(s));
    }

    private void setProperty(String file, String key, String value) throws IOException {
        Path p = home.resolve(file);
        List<String> lines = Files.readAllLines(p);
        lines.removeIf(l -> l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*"));
        lines.add(key + " = " + value);
        Files.write(p, lines);
    }

    private static int run(ProcessBuilder pb, int seconds) throws Exception {
        if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + pb.command());
        }
        return p.exitValue();
    }
}
