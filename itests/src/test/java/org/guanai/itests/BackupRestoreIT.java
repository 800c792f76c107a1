package org.guanai.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * README "Backup and restore" as a county follows it: a backup made over REST while clerks keep registering
 * people, downloaded, and restored with bin/guanai-restore into a distribution unpacked fresh on another
 * "server" that never ran: every table checked against the backup's record, then the same registry there.
 */
public class BackupRestoreIT {
    private final String password = "pw-" + UUID.randomUUID();

    @Test
    public void aBackupMadeWhileWritingRestoresIntoAFreshDistributionWithEveryTableIdentical() throws Exception {
        try (Distribution a = Distribution.unpack("backup-from"); Distribution b = Distribution.unpack("backup-to")) {
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

            // a new server: unpack, restore (every table checked), an account, start
            String restored = b.script(0, "bin/guanai-restore", copy.toString());
            assertEquals(restored, backup.get("tables").size(), restored.lines().filter(l -> l.endsWith("(= backup)")).count());
            assertTrue(restored, restored.contains("Restored " + name));
            // accounts live in etc/users.properties, not in the database: the README has the county copy it along
            Files.copy(a.home.resolve("etc/users.properties"), b.home.resolve("etc/users.properties"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            b.start();
            Api there = b.api("admin", password);
            b.awaitReady(there, Duration.ofMinutes(5));

            // the same tables there: a backup of the restored registry equals the first one, table by table; the
            // audit trail has one row more, the restore's
            JsonNode again = there.post("/backups", Map.of()).json();
            Map<String, JsonNode> before = byTable(backup);
            Map<String, JsonNode> after = byTable(again);
            assertEquals(before.keySet(), after.keySet());
            for (String table : before.keySet()) {
                if (!table.equals("AUDIT_ENTRIES")) {
                    assertEquals(table, before.get(table).toString(), after.get(table).toString());
                }
            }
            assertTrue(after.get("AUDIT_ENTRIES").get("rows").asLong() > before.get("AUDIT_ENTRIES").get("rows").asLong());
            JsonNode restoreRow = there.get("/audit?operation=backup.restore").json().get("items").get(0);
            assertTrue(restoreRow.toString(), restoreRow.get("detail").asText().contains("every table's rows found"));

            // one moment: each person came with the audit row of its write, none without
            assertEquals(persons, there.get("/persons?limit=1").json().get("total").asLong());
            assertEquals(persons, there.get("/audit?limit=1&operation=person.create").json().get("total").asLong());
            // users' divisions came with the database
            assertTrue(there.get("/users/wangli/divisions").body.contains(Records.TOWNSHIP));
            System.out.printf("BackupRestoreIT: backup %s of %d persons (%d written in all), %d bytes, %d ms%n", name,
                    persons, written.get(), backup.get("sizeBytes").asLong(), backup.get("durationMillis").asLong());
            b.stop();
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
