package org.guanai.itests;

import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.Assume;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #17: the web dashboard in a real browser against the distribution as shipped. A township worker signs
 * in, sees her township only, sees the health module's panel appear when an administrator installs it,
 * works her action list, prints the quarterly bulletin to PDF and signs out. The browser part is
 * {@code src/test/browser/dashboard.mjs} (Debian's chromium, driven by playwright-core); screenshots and the
 * PDF stay in {@code target/dashboard/}. {@code .ci/run} installs chromium and playwright-core when missing.
 */
public class DashboardIT {
    static final Path BROWSER = Path.of("src/test/browser");
    static final String MINE = "430621100";
    static final String OTHER = "430621101";

    @Test
    public void aTownshipWorkerInTheBrowser() throws Exception {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"));
        if (!ready && System.getenv("CI") != null) {
            throw new AssertionError("chromium or playwright-core is missing: .ci/run installs them");
        }
        Assume.assumeTrue("chromium and playwright-core (npm ci in " + BROWSER + ") are needed", ready);

        String password = "pw-" + UUID.randomUUID();
        try (Distribution dist = Distribution.unpackWithCounty("dashboard")) {
            dist.user("admin", "_g_:admingroup", password);
            dist.user("wangli", "township", password);
            Api admin = new Api(dist.httpPort, "admin", password);
            dist.start();
            dist.awaitReady(admin, Duration.ofMinutes(5));

            String surname = TestData.uniqueSurname();
            long here = admin.post("/households", Records.household(surname + "甲户")).json().get("id").asLong();
            Map<String, Object> away = Records.household(surname + "乙户");
            away.put("villageCode", OTHER + "201");
            long there = admin.post("/households", away).json().get("id").asLong();
            assertEquals(201, admin.post("/persons", Records.child(surname + "甲", here)).status);
            assertEquals(201, admin.post("/persons", Records.child(surname + "乙", there)).status);
            assertEquals(201, admin.post("/persons", Records.woman(surname + "甲母", here)).status);
            String assigned = dist.console("admin", password, "registry:user-divisions wangli " + MINE);
            assertTrue(assigned, assigned.contains(MINE));
            JsonNode divisions = admin.get("/divisions").json();
            String mine = name(divisions, MINE);
            String other = name(divisions, OTHER);

            Path out = Path.of("target", "dashboard").toAbsolutePath();
            ProcessBuilder node = new ProcessBuilder("node", "dashboard.mjs").directory(BROWSER.toFile())
                    .redirectErrorStream(true).redirectOutput(Files.createDirectories(out).resolve("browser.log").toFile());
            node.environment().putAll(Map.of("GUANAI_URL", "http://127.0.0.1:" + dist.httpPort, "OUT", out.toString(),
                    "USER_NAME", "wangli", "USER_PASSWORD", password, "TOWNSHIP_NAME", mine, "OTHER_TOWNSHIP_NAME", other,
                    "SURNAME", surname, "INSTALL_COMMAND", Api.JSON.writeValueAsString(dist.client("admin", password))));
            long t0 = System.nanoTime();
            int exit = Distribution.exec(node, 600);
            String log = Files.readString(out.resolve("browser.log"));
            System.out.println(log);
            System.out.printf("Dashboard in the browser: %d s%n", (System.nanoTime() - t0) / 1_000_000_000L);
            assertEquals(log, 0, exit);
            assertTrue(Files.size(out.resolve("bulletin.pdf")) > 1000);
        }
    }

    private static String name(JsonNode divisions, String code) {
        for (JsonNode d : divisions) {
            if (d.get("code").asText().equals(code)) {
                return d.get("name").asText();
            }
        }
        throw new AssertionError("no division " + code);
    }
}
