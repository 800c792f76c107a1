package org.guanai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as a new user runs it, from the outside: unpack, create the first account
 * with the documented script, start, use REST and the console, stop and start again, and
 * survive a crash (kill -9). Plain JUnit, not Pax Exam: this is about the shipped files and
 * processes, which a container started by a test framework would hide.
 */
public class DistributionIT {
    private Distribution dist;
    private Path home;
    private int httpPort;
    private final String password = "pw-" + UUID.randomUUID();

    @Before
    public void unpack() throws Exception {
        dist = Distribution.unpack();
        home = dist.home;
        httpPort = dist.httpPort;
    }

    @After
    public void stopLeftovers() throws Exception {
        dist.close();
    }

    @Test
    public void firstAccountRestConsoleRestartAndCrash() throws Exception {
        String users = Files.readString(home.resolve("etc/users.properties"));
        assertTrue("no account may ship", users.lines().noneMatch(l -> !l.startsWith("#") && !l.startsWith("_g_") && l.contains("=")));

        ProcessBuilder addUser = new ProcessBuilder("bin/guanai-user-add", "admin").directory(home.toFile());
        addUser.environment().put("GUANAI_PASSWORD", password);
        assertEquals(0, Distribution.run(addUser, 30));

        long bootMillis = start();
        Api api = new Api(httpPort, "admin", password);
        assertEquals(401, api.withoutCredentials().get("/persons").status);
        assertEquals(200, api.get("/persons").status);

        String surname = TestData.uniqueSurname();
        long householdId = api.post("/households", Records.household(surname + "户")).json().get("id").asLong();
        Api.Reply child = api.post("/persons", Records.child(surname + "娃", householdId));
        assertEquals(child.body, 201, child.status);
        long childId = child.json().get("id").asLong();
        long motherId = api.post("/persons", Records.woman(surname + "母", householdId)).json().get("id").asLong();
        Api.Reply guardianship = api.post("/guardianships", Records.guardianship(childId, motherId));
        assertEquals(guardianship.body, 201, guardianship.status);

        assertConsoleShows(surname);
        long rssKiB = residentKiB();

        // a clean stop and start
        dist.stop();
        long restartMillis = start();
        assertEquals(200, api.get("/persons/" + childId).status);
        assertConsoleShows(surname);

        // a crash: committed data must survive kill -9
        long afterCrash = api.post("/persons", Records.woman(surname + "姐", householdId)).json().get("id").asLong();
        dist.kill();
        start();
        assertEquals(200, api.get("/persons/" + afterCrash).status);
        assertEquals(3, api.get("/persons?name=" + java.net.URLEncoder.encode(surname, StandardCharsets.UTF_8))
                .json().get("total").asLong());

        // HTTPS for a first install, switched on live; plain HTTP off
        int httpsPort = GuanaiTestSupport.freePort();
        ProcessBuilder https = new ProcessBuilder("bin/guanai-https", "--only", "localhost").directory(home.toFile());
        https.environment().put("GUANAI_HTTPS_PORT", String.valueOf(httpsPort));
        assertEquals(0, Distribution.run(https, 60));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> httpsStatus(httpsPort, "/api/v1/persons?limit=1", "admin:" + password) == 200);
        assertEquals(401, httpsStatus(httpsPort, "/api/v1/persons?limit=1", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !answers(httpPort));

        System.out.printf("Guanai distribution: first boot to REST-ready %d ms, restart %d ms, resident memory %d MiB%n",
                bootMillis, restartMillis, rssKiB / 1024);
        dist.stop();
    }

    /** Status of an HTTPS GET; the certificate is the self-signed one the script just made, so trust it blindly here. */
    private static int httpsStatus(int port, String path, String credentials) throws Exception {
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] c, String a) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        javax.net.ssl.HttpsURLConnection c = (javax.net.ssl.HttpsURLConnection)
                new java.net.URL("https://localhost:" + port + path).openConnection();
        c.setSSLSocketFactory(tls.getSocketFactory());
        c.setHostnameVerifier((h, s) -> true);
        c.setConnectTimeout(5000);
        c.setReadTimeout(30000);
        if (credentials != null) {
            c.setRequestProperty("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }

    /**
     * The README's first start: bin/guanai-demo boots with the demo feature and loads the demo county
     * (here at 1/100) in the background, once; the shipped configuration carries no demo.
     */
    /**
     * Issue #3 as a county does it, on a fresh distribution: accounts from bin/guanai-user-add, the township
     * assigned at the console; township staff see their township over REST and at the console, the
     * statistics user statistics only, and the administrator reads both sessions in the audit trail.
     */
    @Test
    public void townshipStaffAndStatisticsUserAsTheReadmeSetsThemUp() throws Exception {
        for (String[] account : new String[][] {{"admin", "_g_:admingroup"}, {"wangli", "township,ssh"},
            {"tongji", "stats,ssh"}}) {
            dist.addUser(account[0], account[1], password);
        }
        start();
        Api admin = new Api(httpPort, "admin", password);
        String surname = TestData.uniqueSurname();
        long here = admin.post("/households", Records.household(surname + "甲")).json().get("id").asLong();
        Map<String, Object> elsewhere = Records.household(surname + "乙");
        elsewhere.put("villageCode", "430621101201"); // 黄沙街镇, not the township assigned below
        long there = admin.post("/households", elsewhere).json().get("id").asLong();
        long mine = admin.post("/persons", Records.woman(surname + "甲妹", here)).json().get("id").asLong();
        long notMine = admin.post("/persons", Records.woman(surname + "乙妹", there)).json().get("id").asLong();

        String assigned = console("admin", "registry:user-divisions wangli 430621100");
        assertTrue(assigned, assigned.contains("430621100"));

        Api wangli = new Api(httpPort, "wangli", password);
        JsonNode found = wangli.get("/persons?name=" + URLEncoder.encode(surname, StandardCharsets.UTF_8)).json();
        assertEquals(found.toString(), 1, found.get("total").asLong());
        assertEquals(mine, found.get("items").get(0).get("id").asLong());
        assertEquals(200, wangli.get("/persons/" + mine).status);
        assertEquals(404, wangli.get("/persons/" + notMine).status);
        String listed = console("wangli", "registry:person-list --name " + surname);
        assertTrue(listed, listed.contains(surname + "甲妹") && !listed.contains(surname + "乙妹"));
        String shown = console("wangli", "registry:person-show " + mine);
        assertTrue(shown, shown.contains(surname + "甲妹"));
        String hidden = console("wangli", "registry:person-show " + notMine);
        assertFalse(hidden, hidden.contains(surname + "乙妹"));

        Api tongji = new Api(httpPort, "tongji", password);
        assertEquals(200, tongji.get("/stats").status);
        assertEquals(403, tongji.get("/persons/" + mine).status);
        assertEquals(403, tongji.get("/persons?limit=1").status);
        String refused = console("tongji", "registry:person-list --name " + surname);
        assertFalse(refused, refused.contains(surname));

        JsonNode wangliTrail = admin.get("/audit?user=wangli&limit=200").json();
        List<String> origins = new ArrayList<>();
        wangliTrail.get("items").forEach(r -> origins.add(r.get("origin").asText() + " " + r.get("operation").asText()));
        assertTrue(origins.toString(), origins.contains("console person.read"));
        assertTrue(origins.toString(), origins.stream().anyMatch(o -> !o.startsWith("console") && o.endsWith("person.read")));
        JsonNode tongjiTrail = admin.get("/audit?user=tongji&operation=access.refused").json();
        assertTrue(tongjiTrail.toString(), tongjiTrail.get("total").asLong() >= 2);

        dist.stop();
    }

    /** What {@code command} prints at the console of {@code user} (bin/client over SSH, batch mode). */
    private String console(String user, String command) throws Exception {
        return dist.console(user, password, command);
    }

    @Test
    public void demoStartLoadsTheDemoCountyOnce() throws Exception {
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        assertTrue("production boots without the demo", !Files.readString(features).contains("guanai-demo"));
        ProcessBuilder addUser = new ProcessBuilder("bin/guanai-user-add", "admin").directory(home.toFile());
        addUser.environment().put("GUANAI_PASSWORD", password);
        assertEquals(0, Distribution.run(addUser, 60));

        startDemo();
        Api api = new Api(httpPort, "admin", password);
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> api.get("/stats").json().get("county").get("women").asLong() == 152);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(home.resolve("data/guanai-demo.loaded")));
        assertEquals(298, api.get("/persons?limit=1").json().get("total").asLong());
        assertEquals(61, api.get("/stats").json().get("county").get("children").asLong());
        assertTrue(Files.readString(features).contains("guanai-demo"));

        dist.stop();
        startDemo();
        Path log = home.resolve("data/log/karaf.log");
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.readString(log).contains("Demo county: already done"));
        assertEquals("no second county", 298, api.get("/persons?limit=1").json().get("total").asLong());
    }

    private void startDemo() throws Exception {
        long t0 = System.nanoTime();
        ProcessBuilder demo = new ProcessBuilder("bin/guanai-demo", "server").directory(home.toFile());
        demo.environment().put("GUANAI_DEMO_SCALE", "0.01");
        demo.redirectErrorStream(true).redirectOutput(home.resolve("data/demo-console.txt").toFile());
        demo.start();
        dist.awaitReady(new Api(httpPort, "admin", password), t0);
    }

    private static boolean answers(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void assertConsoleShows(String surname) throws Exception {
        String printed = console("admin", "registry:person-list --name " + surname);
        assertTrue(printed, printed.contains(surname + "娃") && printed.contains(surname + "母"));
    }

    /** Starts Karaf in the background and waits until REST answers steadily; returns how long until it first did. */
    private long start() throws Exception {
        return dist.start(new Api(httpPort, "admin", password));
    }

    private long residentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(dist.pid().orElseThrow()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
