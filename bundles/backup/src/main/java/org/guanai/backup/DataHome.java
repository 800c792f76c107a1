package org.guanai.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Guanai's data home: everything a county must not lose, outside the distribution, so that Karaf's
 * {@code bin/start clean} and unpacking a new release never touch it. Its folders:
 * <pre>
 *   guanai-data.properties   written when the data home's database was created (or first restored)
 *   derby/                   the embedded Derby database
 *   backups/                 backups, one zip each
 *   files/                   roster files to import and exports
 *   logs/                    karaf.log, security.log, derby-N.log
 *   restore/                 a restore staged for the next start; databases a restore replaced
 * </pre>
 * The marker tells a data home that once held a database from a new one: only a new one gets an empty
 * database, so a database that went missing is reported, never silently replaced by an empty one.
 */
public final class DataHome {

    public static final String MARKER = "guanai-data.properties";
    /** The system property naming the data home (bin/setenv sets it from GUANAI_DATA). */
    public static final String PROPERTY = "guanai.data";

    private final Path root;

    public DataHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path database() {
        return root.resolve("derby");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path files() {
        return root.resolve("files");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path restore() {
        return root.resolve("restore");
    }

    /** Where {@link Restore#stage} puts a checked backup for the next start. */
    public Path staged() {
        return restore().resolve("staged");
    }

    /** Whether {@code folder} holds a Derby database. */
    public static boolean isDatabase(Path folder) {
        return Files.isRegularFile(folder.resolve("service.properties"));
    }

    /** The marker's content, if the data home has one. */
    public Optional<Properties> marker() throws IOException {
        Path file = root.resolve(MARKER);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return Optional.of(p);
    }

    /** Writes the marker unless there is one: the data home now holds a database, {@code how} it came. */
    public void mark(String how, String version) throws IOException {
        Path file = root.resolve(MARKER);
        if (Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("created", Instant.now().toString());
        p.setProperty("how", how);
        p.setProperty("version", version == null ? "" : version);
        Path part = root.resolve(MARKER + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            p.store(out, "Guanai data home. While this file is here, Guanai never creates an empty database in it:"
                    + " a missing database is reported (restore a backup). Delete this file only to start a new, empty registry.");
        }
        try {
            Files.move(part, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(part);
        }
    }

    /** Creates the data home's folders, readable by their owner only where the file system allows. */
    public void createFolders() throws IOException {
        for (Path dir : new Path[] {root, backups(), files(), logs(), restore()}) {
            ownerOnly(Files.createDirectories(dir));
        }
    }

    /**
     * Whether Derby (in this JVM or another) has the database in {@code folder} open: while it does, it holds an
     * exclusive lock on {@code dbex.lck}. The file left behind by a crash is not locked.
     */
    public static boolean inUse(Path folder) {
        Path lock = folder.resolve("dbex.lck");
        if (!Files.exists(lock)) {
            return false;
        }
        try (RandomAccessFile f = new RandomAccessFile(lock.toFile(), "rw"); FileLock held = f.getChannel().tryLock()) {
            return held == null;
        } catch (OverlappingFileLockException | IOException e) {
            return true;
        }
    }

    /** rwx------ / rw------- on POSIX file systems; nothing elsewhere. */
    public static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's inherited ACLs apply
        }
    }
}
