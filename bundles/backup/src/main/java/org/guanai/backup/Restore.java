package org.guanai.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Restoring a backup, in two steps. {@link #stage} extracts it into the data home's {@code restore/staged}
 * folder and checks every table (rows and checksum) against the backup's manifest; {@link #applyStaged}, run
 * while no one has the database open (at the next start, or by the restore tool), moves the current database
 * aside into {@code restore/replaced-<time>} and the staged one in its place. Nothing is deleted.
 */
public final class Restore {

    /** Beside the staged database: which backup, when, by whom. */
    public static final String STAGED_INFO = "restore.properties";
    /** In {@code restore/}: the last restore applied, for the audit trail and the status. */
    public static final String LAST_RESTORE = "last-restore.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Restore() {
    }

    /** A staged restore: the backup's manifest and the tables as checked. */
    public record Staged(BackupManifest manifest, List<TableDigest.Table> checked, Instant stagedAt, String stagedBy) {
    }

    /** A restore swapped in: which backup, and where the database it replaced went (null if there was none). */
    public record Applied(String backup, Path replaced, Instant appliedAt) {
    }

    /**
     * Extracts {@code zip} into the staging folder (replacing a restore staged before) and checks it.
     *
     * @throws IOException when the file is no backup, or a table differs from the manifest (the message names it)
     */
    public static Staged stage(Path zip, DataHome home, Databases databases, String by) throws IOException, SQLException {
        home.createFolders();
        Path work = home.restore().resolve("staging-" + UUID.randomUUID());
        try {
            BackupManifest manifest = BackupArchive.extract(zip, work);
            Path database = work.resolve(BackupArchive.DATABASE);
            List<TableDigest.Table> checked;
            try (Connection c = databases.open(database)) {
                checked = TableDigest.of(c);
            } finally {
                databases.shutdown(database);
            }
            List<String> wrong = mismatches(manifest, checked);
            if (!wrong.isEmpty()) {
                throw new IOException(zip.getFileName() + " does not match its own record: " + String.join("; ", wrong));
            }
            Instant now = Instant.now();
            Properties info = new Properties();
            info.setProperty("backup", manifest.name);
            info.setProperty("file", zip.toAbsolutePath().toString());
            info.setProperty("staged", now.toString());
            info.setProperty("staged.by", by == null ? "" : by);
            try (OutputStream out = Files.newOutputStream(work.resolve(STAGED_INFO))) {
                info.store(out, "A backup checked and staged: it replaces the database at the next start");
            }
            deleteTree(home.staged());
            Files.move(work, home.staged(), StandardCopyOption.ATOMIC_MOVE);
            return new Staged(manifest, checked, now, by);
        } finally {
            deleteTree(work);
        }
    }

    /** The restore staged for the next start, if any. */
    public static Optional<Staged> staged(DataHome home) throws IOException {
        Path dir = home.staged();
        Path info = dir.resolve(STAGED_INFO);
        if (!Files.isRegularFile(info) || !DataHome.isDatabase(dir.resolve(BackupArchive.DATABASE))) {
            return Optional.empty();
        }
        Properties p = load(info);
        BackupManifest manifest;
        try (InputStream in = Files.newInputStream(dir.resolve(BackupManifest.FILE))) {
            manifest = BackupManifest.read(in);
        }
        return Optional.of(new Staged(manifest, manifest.tables, Instant.parse(p.getProperty("staged")),
                p.getProperty("staged.by", "")));
    }

    /**
     * Swaps a staged restore in, if there is one: the database folder {@code database} (if any) moves to
     * {@code restore/replaced-<time>/}, the staged database takes its place. Call only while no one has either
     * database open. The database must be inside the data home (a move, not a copy).
     */
    public static Optional<Applied> applyStaged(DataHome home, Path database) throws IOException {
        Optional<Staged> staged = staged(home);
        if (staged.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Path replaced = null;
        if (Files.exists(database)) {
            Path aside = home.restore().resolve("replaced-" + STAMP.format(now));
            Files.createDirectories(aside);
            replaced = aside.resolve(database.getFileName());
            Files.move(database, replaced, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(database.getParent());
        Files.move(home.staged().resolve(BackupArchive.DATABASE), database, StandardCopyOption.ATOMIC_MOVE);
        Properties last = load(home.staged().resolve(STAGED_INFO));
        last.setProperty("applied", now.toString());
        last.setProperty("replaced", replaced == null ? "" : replaced.toString());
        last.setProperty("audited", "false");
        Files.copy(home.staged().resolve(BackupManifest.FILE), home.restore().resolve("last-restore-" + BackupManifest.FILE),
                StandardCopyOption.REPLACE_EXISTING);
        store(last, home.restore().resolve(LAST_RESTORE), "The last restore applied");
        deleteTree(home.staged());
        return Optional.of(new Applied(staged.get().manifest().name, replaced, now));
    }

    /** The last restore applied, if its audit row is still to be written (see {@link #markAudited}). */
    public static Optional<Properties> unauditedRestore(DataHome home) throws IOException {
        Path file = home.restore().resolve(LAST_RESTORE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = load(file);
        return Boolean.parseBoolean(p.getProperty("audited", "true")) ? Optional.empty() : Optional.of(p);
    }

    public static void markAudited(DataHome home) throws IOException {
        Path file = home.restore().resolve(LAST_RESTORE);
        Properties p = load(file);
        p.setProperty("audited", "true");
        store(p, file, "The last restore applied");
    }

    /** How the tables found differ from the manifest's; empty when every table matches. */
    public static List<String> mismatches(BackupManifest manifest, List<TableDigest.Table> found) {
        List<String> wrong = new ArrayList<>();
        Map<String, TableDigest.Table> byName = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        found.forEach(t -> byName.put(t.name(), t));
        for (TableDigest.Table expected : manifest.tables) {
            TableDigest.Table actual = byName.remove(expected.name());
            if (actual == null) {
                wrong.add(expected.name() + " is missing");
            } else if (actual.rows() != expected.rows()) {
                wrong.add(expected.name() + " has " + actual.rows() + " rows, not " + expected.rows());
            } else if (!actual.checksum().equals(expected.checksum())) {
                wrong.add(expected.name() + " has other content (checksum)");
            }
        }
        byName.keySet().forEach(extra -> wrong.add(extra + " is not in the backup"));
        return wrong;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    private static void store(Properties p, Path file, String comment) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            p.store(out, comment);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
