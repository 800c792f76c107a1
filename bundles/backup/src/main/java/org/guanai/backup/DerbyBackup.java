package org.guanai.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups of a running embedded Derby database into the data home's {@code backups} folder. Derby's online
 * backup ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) copies the database as of one moment while other
 * transactions go on; the copy is then opened on its own to record every table's rows and checksum in the
 * manifest, and zipped.
 */
public final class DerbyBackup {

    public static final String PREFIX = "guanai-";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataHome home;
    private final Databases databases;
    private final Clock clock;

    public DerbyBackup(DataHome home, Databases databases, Clock clock) {
        this.home = home;
        this.databases = databases;
        this.clock = clock;
    }

    /**
     * Backs the database of {@code live} up (a connection to it, in auto-commit mode) and returns the manifest
     * written into the backup; {@code manifest} brings who, why and which version.
     */
    public Path backup(Connection live, BackupManifest manifest) throws IOException, SQLException {
        home.createFolders();
        long t0 = System.nanoTime();
        Instant created = clock.instant();
        String name = freeName(LocalDateTime.ofInstant(created, clock.getZone()));
        Path work = home.backups().resolve(".work-" + name);
        try {
            Files.createDirectories(work);
            try (CallableStatement call = live.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, work.toString());
                call.execute();
            }
            Path copy;
            try (Stream<Path> entries = Files.list(work)) {
                copy = entries.filter(DataHome::isDatabase).findFirst()
                        .orElseThrow(() -> new IOException("Derby wrote no database into " + work));
            }
            try (Connection c = databases.open(copy)) {
                manifest.tables = TableDigest.of(c);
            } finally {
                databases.shutdown(copy);
            }
            manifest.name = name;
            manifest.createdAt = created;
            manifest.durationMillis = (System.nanoTime() - t0) / 1_000_000;
            Path zip = home.backups().resolve(name + BackupArchive.SUFFIX);
            BackupArchive.write(copy, manifest, zip);
            DataHome.ownerOnly(zip);
            return zip;
        } finally {
            Restore.deleteTree(work);
        }
    }

    /** The backup files of the data home, newest first. */
    public static List<Path> list(DataHome home) throws IOException {
        if (!Files.isDirectory(home.backups())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(home.backups())) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(PREFIX) && n.endsWith(BackupArchive.SUFFIX) && Files.isRegularFile(p);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
    }

    /** Deletes all but the newest {@code keep} backups; returns the files deleted. */
    public static List<Path> prune(DataHome home, int keep) throws IOException {
        List<Path> all = list(home);
        List<Path> deleted = new ArrayList<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
            deleted.add(old);
        }
        return deleted;
    }

    /** A backup's name ({@code guanai-20261202-023000}) from its file name, or null when it is none. */
    public static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.startsWith(PREFIX) && n.endsWith(BackupArchive.SUFFIX)
                ? n.substring(0, n.length() - BackupArchive.SUFFIX.length()) : null;
    }

    /** Whether {@code name} can be a backup's name: what commands and REST accept, so no path gets through. */
    public static boolean isName(String name) {
        return name != null && name.matches(PREFIX + "\\d{8}-\\d{6}(-\\d{1,3})?");
    }

    private String freeName(LocalDateTime at) {
        String base = PREFIX + NAME.format(at);
        String name = base;
        for (int i = 2; Files.exists(home.backups().resolve(name + BackupArchive.SUFFIX)); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
