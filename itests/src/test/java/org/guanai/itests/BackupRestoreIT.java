package org.guanai.itests;

import org.guanai.testing.exam.TestData;
import org.guanai.testing.exam.Api;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.guanai.backup.TableDigest;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * README "Backup and restore" as a county follows it: a backup made over REST while clerks keep registering
 * people, downloaded, and restored with bin/guanai-restore into a distribution unpacked fresh on another
 * "server" that never ran: every table there as the backup recorded it. (That a restored database starts, and
 * is counted and audited at its start, UpgradeIT and DatabaseHomeTest show; one boot fewer here.)
 */
public class BackupRestoreIT {
    private final String password = "pw-" + UUID.randomUUID();

    @Test
    public void aBackupMadeWhileWritingRestoresIntoAFreshDistributionWithEveryTableIdentical() throws Exception {
        try (Distribution a = Distribution.unpackWithCounty("backup-from"); Distribution b = Distribution.unpackWithCounty("backup-to")) {
            a.user("admin", null, password).user("wangli", "township", password);
            a.start();
            Api admin = a.api("admin", password);
            a.awaitReady(admin, Duration.ofMinutes(5));
            String surname = TestData.uniqueSurname();
            assertEquals(200, admin.put("/users/wangli/divisions", Map.of("divisions", java.util.List.of(Records.TOWNSHIP))).status);

            // clerks registering households and women, two at a time, while the backup runs
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            ExecutorService clerks = Executors.newFixedThreadPool(2);
            CompletableFuture<?>[] work = new CompletableFuture<?>[2];
            for (int c = 0; c < 2; c++) {
                work[c] = CompletableFuture.runAsync(() -> {
                    while (writing.get()) {
                        Api.Reply h = admin.post("/households", Records.household(surname + "户"));
                        assertEquals(h.body, 201, h.status);
                        Api.Reply p = admin.post("/persons", Records.woman(surname + "芳", h.json().get("id").asLong()));
                        assertEquals(p.body, 201, p.status);
                        written.incrementAndGet();
                    }
                }, clerks);
            }
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> written.get() >= 10);
            Api.Reply made = admin.post("/backups", Map.of());
            int writtenDuringBackup = written.get();
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> written.get() >= writtenDuringBackup + 5);
            writing.set(false);
            CompletableFuture.allOf(work).get(2, TimeUnit.MINUTES);
            clerks.shutdown();
            assertEquals(made.body, 201, made.status);
            JsonNode backup = made.json();
            String name = backup.get("name").asText();
            assertEquals(backup.toString(), "admin", backup.get("createdBy").asText());
            long persons = rows(backup, "PERSONS");
            assertTrue(persons + " persons in the backup, " + written.get() + " written",
                    persons >= 10 && persons < written.get());
            assertEquals(admin.get("/backups").json().get("items").get(0).get("name").asText(), name);

            // off the server, as a county copies it to a USB disk; the first one is stopped
            Path copy = b.home.getParent().resolve(name + ".zip");
            Files.write(copy, admin.getBytes("/backups/" + name + "/file"));
            a.stop();

            // a new server that never ran Guanai: unpack, restore (every table checked against the backup's record)
            String restored = b.script(0, "bin/guanai-restore", copy.toString());
            assertEquals(restored, backup.get("tables").size(), restored.lines().filter(l -> l.endsWith("（与备份相同）")).count());
            assertTrue(restored, restored.contains("已恢复 " + name + "（制作于 "));

            // the restored database, read on its own: every table as the backup recorded it (rows and checksum), and
            // one moment: each person and household came with the audit row of its write, none without
            Path database = b.dataHome().resolve("derby");
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + database)) {
                Map<String, JsonNode> recorded = byTable(backup);
                List<TableDigest.Table> found = TableDigest.of(c);
                assertEquals(recorded.keySet(), found.stream().map(TableDigest.Table::name).collect(Collectors.toSet()));
                for (TableDigest.Table t : found) {
                    assertEquals(t.name(), recorded.get(t.name()).get("rows").asLong(), t.rows());
                    assertEquals(t.name(), recorded.get(t.name()).get("checksum").asText(), t.checksum());
                }
                assertEquals(persons, count(c, "SELECT COUNT(*) FROM AUDIT_ENTRIES WHERE OPERATION = 'person.create' AND OUTCOME = 'OK'"));
                assertEquals(count(c, "SELECT COUNT(*) FROM HOUSEHOLDS"),
                        count(c, "SELECT COUNT(*) FROM AUDIT_ENTRIES WHERE OPERATION = 'household.create' AND OUTCOME = 'OK'"));
                assertEquals(1, count(c, "SELECT COUNT(*) FROM USER_DIVISIONS WHERE USER_NAME = 'wangli'"));
            } finally {
                try {
                    DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
                } catch (SQLException shutDown) {
                    // 08006
                }
            }
            System.out.printf("BackupRestoreIT: backup %s of %d persons (%d written in all), %d bytes, %d ms%n", name,
                    persons, written.get(), backup.get("sizeBytes").asLong(), backup.get("durationMillis").asLong());
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long rows(JsonNode backup, String table) {
        return byTable(backup).get(table).get("rows").asLong();
    }

    private static Map<String, JsonNode> byTable(JsonNode backup) {
        Map<String, JsonNode> tables = new HashMap<>();
        backup.get("tables").forEach(t -> tables.put(t.get("table").asText(), t));
        return tables;
    }
}
