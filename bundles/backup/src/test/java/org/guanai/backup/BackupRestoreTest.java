package org.guanai.backup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Backups of a live embedded Derby database and their restore, on real files under target/. */
public class BackupRestoreTest {

    private static final Databases DERBY = new DriverDatabases();
    private static Path root;

    @BeforeClass
    public static void derbyLog() throws IOException {
        System.setProperty("derby.stream.error.file", "target/derby-backup-test.log");
        root = Files.createDirectories(Path.of("target", "backup-test-" + UUID.randomUUID()));
    }

    @AfterClass
    public static void shutdownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // XJ015: Derby stopped
        }
    }

    @Test
    public void aBackupTakenWhileWritingRestoresToIdenticalTablesAndKeepsTheReplacedDatabase() throws Exception {
        DataHome live = new DataHome(root.resolve("live"));
        live.createFolders();
        try (Connection c = create(live.database())) {
            schema(c);
            insertPeople(c, 0, 300);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = new Thread(() -> {
            try (Connection c = DERBY.open(live.database())) {
                for (int i = 1000; writing.get(); i++) {
                    insertPeople(c, i, i + 1);
                    written.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Path zip;
        BackupManifest manifest = new BackupManifest();
        manifest.createdBy = "admin";
        manifest.trigger = "manual";
        manifest.version = "test";
        try (Connection c = DERBY.open(live.database())) {
            while (written.get() < 20) {
                Thread.onSpinWait();
            }
            zip = new DerbyBackup(live, DERBY, Clock.systemDefaultZone()).backup(c, manifest);
        } finally {
            writing.set(false);
            writer.join();
        }
        assertTrue(Files.isRegularFile(zip));
        BackupManifest read = BackupArchive.manifest(zip);
        long people = read.rows("PEOPLE");
        assertTrue("a consistent moment: the rows before, some of those written meanwhile, " + people,
                people >= 320 && people <= 300 + written.get());
        assertEquals("every person's note came with it", people, read.rows("NOTES"));
        assertEquals(List.of(zip), DerbyBackup.list(live));

        // into a data home that has a database already: it is kept aside, the backup takes its place
        DataHome other = new DataHome(root.resolve("other"));
        other.createFolders();
        try (Connection c = create(other.database())) {
            schema(c);
            insertPeople(c, 0, 5);
        }
        DERBY.shutdown(other.database());
        Restore.Staged staged = Restore.stage(zip, other, DERBY, "admin");
        assertEquals(read.tables, staged.checked());
        Restore.Applied applied = Restore.applyStaged(other, other.database()).orElseThrow();
        assertTrue(DataHome.isDatabase(applied.replaced()));
        try (Connection c = DERBY.open(other.database())) {
            assertEquals(read.tables, TableDigest.of(c));
        } finally {
            DERBY.shutdown(other.database());
        }
        try (Connection c = DERBY.open(applied.replaced())) {
            assertEquals(Long.valueOf(5), TableDigest.counts(c).get("PEOPLE"));
        } finally {
            DERBY.shutdown(applied.replaced());
        }
        assertTrue(Restore.unauditedRestore(other).isPresent());
        Restore.markAudited(other);
        assertFalse(Restore.unauditedRestore(other).isPresent());
        assertFalse("nothing staged any more", Restore.staged(other).isPresent());
    }

    @Test
    public void theToolRestoresIntoAFreshDataHomeAndRefusesWhileGuanaiRuns() throws Exception {
        DataHome live = new DataHome(root.resolve("tool-live"));
        live.createFolders();
        try (Connection c = create(live.database())) {
            schema(c);
            insertPeople(c, 0, 42);
        }
        Path zip;
        try (Connection c = DERBY.open(live.database())) {
            zip = new DerbyBackup(live, DERBY, Clock.systemDefaultZone()).backup(c, new BackupManifest());
        }
        Path fresh = root.resolve("tool-fresh");
        Path karafHome = Files.createDirectories(root.resolve("tool-karaf"));

        Files.writeString(karafHome.resolve("karaf.pid"), Long.toString(ProcessHandle.current().pid()));
        assertEquals(3, RestoreTool.run(new String[] {fresh.toString(), karafHome.toString(), zip.toString()}, quiet(), DERBY));
        Files.delete(karafHome.resolve("karaf.pid"));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = RestoreTool.run(new String[] {fresh.toString(), karafHome.toString(), zip.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), DERBY);
        assertEquals(printed.toString(StandardCharsets.UTF_8), 0, status);
        DataHome restored = new DataHome(fresh);
        assertTrue(restored.marker().isPresent());
        try (Connection c = DERBY.open(restored.database())) {
            assertEquals(Map.of("NOTES", 42L, "PEOPLE", 42L), TableDigest.counts(c));
        } finally {
            DERBY.shutdown(restored.database());
        }
    }

    @Test
    public void aFileWithEntriesOutsideTheBackupIsRefusedAndNothingIsStaged() throws Exception {
        DataHome home = new DataHome(root.resolve("evil"));
        Path zip = root.resolve("evil.zip");
        try (OutputStream f = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(f)) {
            z.putNextEntry(new ZipEntry(BackupManifest.FILE));
            BackupManifest m = new BackupManifest();
            m.name = "guanai-20260101-000000";
            m.createdAt = java.time.Instant.now();
            m.write(z);
            z.putNextEntry(new ZipEntry("derby/../../escaped.txt"));
            z.write(1);
        }
        try {
            Restore.stage(zip, home, DERBY, "admin");
            fail("expected a refusal");
        } catch (IOException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("not part of a backup"));
        }
        assertFalse(Files.exists(root.resolve("escaped.txt")));
        assertFalse(Restore.staged(home).isPresent());
    }

    @Test
    public void aTamperedBackupDoesNotCheckOut() throws Exception {
        DataHome live = new DataHome(root.resolve("tamper"));
        live.createFolders();
        try (Connection c = create(live.database())) {
            schema(c);
            insertPeople(c, 0, 3);
        }
        BackupManifest manifest = new BackupManifest();
        try (Connection c = DERBY.open(live.database())) {
            Path zip = new DerbyBackup(live, DERBY, Clock.systemDefaultZone()).backup(c, manifest);
            // the same database with one row more, under the old manifest
            insertPeople(c, 50, 51);
            BackupManifest stale = BackupArchive.manifest(zip);
            Path copy = Files.createDirectories(root.resolve("tamper-copy"));
            try (PreparedStatement call = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, copy.toString());
                call.execute();
            }
            Path forged = root.resolve("guanai-20260101-000001.zip");
            BackupArchive.write(copy.resolve("derby"), stale, forged);
            assertNotEquals(0, Restore.mismatches(stale, TableDigest.of(c)).size());
            try {
                Restore.stage(forged, new DataHome(root.resolve("tamper-target")), DERBY, "admin");
                fail("expected a mismatch");
            } catch (IOException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("PEOPLE has 4 rows, not 3"));
            }
        }
    }

    @Test
    public void onlyTheNewestBackupsAreKeptAndNamesCannotBePaths() throws Exception {
        DataHome home = new DataHome(root.resolve("prune"));
        home.createFolders();
        for (String n : List.of("guanai-20260101-020000", "guanai-20260102-020000", "guanai-20260103-020000")) {
            Files.writeString(home.backups().resolve(n + ".zip"), "x");
        }
        Files.writeString(home.backups().resolve("notes.txt"), "kept: not a backup");
        List<Path> deleted = DerbyBackup.prune(home, 2);
        assertEquals(List.of(home.backups().resolve("guanai-20260101-020000.zip")), deleted);
        assertEquals(2, DerbyBackup.list(home).size());
        assertTrue(Files.exists(home.backups().resolve("notes.txt")));
        assertTrue(DerbyBackup.isName("guanai-20260102-020000"));
        assertTrue(DerbyBackup.isName("guanai-20260102-020000-2"));
        assertFalse(DerbyBackup.isName("../guanai-20260102-020000"));
        assertFalse(DerbyBackup.isName("guanai-20260102-020000.zip"));
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static Connection create(Path folder) throws Exception {
        return DriverManager.getConnection("jdbc:derby:" + folder + ";create=true");
    }

    private static void schema(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(40), photo BLOB)");
            // no key, a CLOB: as Liquibase's DATABASECHANGELOG and the audit trail's changes
            s.execute("CREATE TABLE notes (person INT, text CLOB)");
        }
    }

    private static void insertPeople(Connection c, int from, int to) throws Exception {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO people VALUES (?, ?, ?)");
             PreparedStatement n = c.prepareStatement("INSERT INTO notes VALUES (?, ?)")) {
            for (int i = from; i < to; i++) {
                p.setInt(1, i);
                p.setString(2, "王秀英" + i);
                p.setBytes(3, new byte[] {(byte) i, 1, 2});
                p.executeUpdate();
                n.setInt(1, i);
                n.setString(2, "留守妇女 " + i);
                n.executeUpdate();
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
