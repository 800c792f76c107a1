package org.guanai.itests;

import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.guanai.backup.BackupArchive;
import org.guanai.backup.BackupManifest;
import org.guanai.backup.TableDigest;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * README "Upgrading" from the previous release, whose database is kept as a test fixture
 * ({@code upgrade/previous-release.zip}: its Derby database, made by that release through REST and the console,
 * with a manifest of every table's rows, and {@code upgrade/previous-release.properties}: records to find). On the
 * way, the fixture carries the migration lock a crashed migration would leave: the new release waits for it
 * (503 with the reason), the administrator releases it as the README says, and then every row is found.
 */
public class UpgradeIT {
    private final String password = "pw-" + UUID.randomUUID();

    @Test
    public void theDataHomeOfThePreviousReleaseOpensWithEveryRowAfterAStaleLockIsReleased() throws Exception {
        try (Distribution d = Distribution.unpackWithCounty("upgrade")) {
            d.user("admin", null, password);
            Path fixture = resource("upgrade/previous-release.zip", d.home.getParent());
            Properties expected = new Properties();
            try (InputStream in = UpgradeIT.class.getResourceAsStream("/upgrade/previous-release.properties")) {
                expected.load(in);
            }
            // README, Upgrading: the previous release's data/guanai/derby moves into the data home
            Path unpacked = d.home.getParent().resolve("previous-release");
            BackupManifest manifest = BackupArchive.extract(fixture, unpacked);
            Files.createDirectories(d.dataHome());
            Files.move(unpacked.resolve(BackupArchive.DATABASE), d.dataHome().resolve("derby"));
            lockAsACrashedMigrationLeavesIt(d.dataHome().resolve("derby"));
            // released by hand below; a slow boot must not let it go stale (5 minutes) and release itself first
            d.setProperty("etc/org.guanai.registry.cfg", "schema.lock.stale.minutes", "60");

            d.start();
            Api anonymous = d.api(null, null);
            JsonNode[] status = new JsonNode[1];
            Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        Api.Reply r = anonymous.get("/status");
                        status[0] = r.json();
                        return r.status == 503 && r.body.contains("WAITING_FOR_LOCK");
                    });
            assertEquals(status[0].toString(), "DOWN", status[0].get("status").asText());
            assertTrue(status[0].toString(), status[0].toString().contains("registry:schema-unlock"));
            // the console answers once its SSH server is up (the boot goes on around the waiting registry)
            String[] schema = new String[1];
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> (schema[0] = d.console("admin", password, "registry:schema")).contains("WAITING_FOR_LOCK"));
            assertTrue(schema[0], schema[0].contains("crashed-host"));

            String unlocked = d.console("admin", password, "registry:schema-unlock");
            assertTrue(unlocked, unlocked.contains("已释放 crashed-host") && unlocked.contains("起持有的迁移锁"));
            Api admin = d.api("admin", password);
            d.awaitReady(admin, Duration.ofMinutes(5));
            assertEquals(200, anonymous.get("/status").status);

            // every record of the previous release, as it was
            String prefix = expected.getProperty("prefix");
            for (Map.Entry<String, String> list : Map.of("/persons", "PERSONS", "/households", "HOUSEHOLDS",
                    "/guardianships", "GUARDIANSHIPS", "/sites", "SERVICE_SITES", "/teams", "SERVICE_TEAMS",
                    "/volunteers", "VOLUNTEERS", "/service-records", "SERVICE_RECORDS").entrySet()) {
                assertEquals(list.getKey(), manifest.rows(list.getValue()),
                        admin.get(list.getKey() + "?limit=1").json().get("total").asLong());
            }
            JsonNode person = admin.get("/persons/" + expected.getProperty("person.id") + "?unmask=true&reason=upgrade")
                    .json();
            assertEquals(expected.getProperty("person.name"), person.get("name").asText());
            assertEquals(expected.getProperty("person.idNumber"), person.get("idNumber").asText());
            assertEquals(Long.parseLong(expected.getProperty("persons.named")),
                    admin.get("/persons?limit=1&name=" + java.net.URLEncoder.encode(prefix, "UTF-8")).json().get("total").asLong());
            assertTrue(admin.get("/users/" + expected.getProperty("user") + "/divisions").body
                    .contains(expected.getProperty("user.division")));

            // the module's rows, once the county installs it again
            String installed = d.console("admin", password, "feature:install -r guanai-health");
            assertTrue(installed, !installed.contains("Error"));
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> admin.get("/health/checks?limit=1").status == 200);
            assertEquals(manifest.rows("HEALTH_CHECKS"), admin.get("/health/checks?limit=1").json().get("total").asLong());
            d.stop();

            // and in the database itself: every table of the previous release with at least its rows (the trail grows)
            Map<String, Long> now;
            Path database = d.dataHome().resolve("derby");
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + database)) {
                now = TableDigest.counts(c);
            } finally {
                shutdown(database);
            }
            for (TableDigest.Table t : manifest.tables) {
                assertTrue(t.name() + " after the upgrade: " + now.get(t.name()) + ", before " + t.rows(),
                        now.containsKey(t.name()) && now.get(t.name()) >= t.rows());
                if (!t.name().equals("AUDIT_ENTRIES") && !t.name().startsWith("DATABASECHANGELOG")) {
                    assertEquals(t.name(), Long.valueOf(t.rows()), now.get(t.name()));
                }
            }
        }
    }

    /** As a migration killed half-way leaves Liquibase's lock: set, granted just now, by another host. */
    private static void lockAsACrashedMigrationLeavesIt(Path database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database);
             PreparedStatement s = c.prepareStatement(
                     "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = ?, LOCKEDBY = ? WHERE ID = 1")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, "crashed-host (10.0.0.9)");
            assertEquals(1, s.executeUpdate());
        } finally {
            shutdown(database);
        }
    }

    private static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }

    private static Path resource(String name, Path dir) throws Exception {
        Path file = dir.resolve(Path.of(name).getFileName());
        try (InputStream in = UpgradeIT.class.getResourceAsStream("/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
