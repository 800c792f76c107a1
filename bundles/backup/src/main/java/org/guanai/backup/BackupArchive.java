package org.guanai.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup file: a zip with the manifest ({@value BackupManifest#FILE}) and the database's files under
 * {@value #DATABASE}/. Written to a temporary name and renamed, so a file with the final name is complete.
 */
public final class BackupArchive {

    /** The folder of the database's files inside the zip. */
    public static final String DATABASE = "derby";
    public static final String SUFFIX = ".zip";

    private BackupArchive() {
    }

    /** Zips the database copy {@code database} (a Derby database folder) and the manifest into {@code zip}. */
    public static void write(Path database, BackupManifest manifest, Path zip) throws IOException {
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(part); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(BackupManifest.FILE));
            manifest.write(out);
            out.closeEntry();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(database)) {
                files = walk.sorted().toList();
            }
            for (Path f : files) {
                String relative = database.relativize(f).toString().replace('\\', '/');
                // Derby's lock files say who has the database open; a restored copy must not carry them
                if (relative.isEmpty() || relative.equals("db.lck") || relative.equals("dbex.lck")) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    out.putNextEntry(new ZipEntry(DATABASE + "/" + relative + "/"));
                } else {
                    out.putNextEntry(new ZipEntry(DATABASE + "/" + relative));
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest of a backup file. */
    public static BackupManifest manifest(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(BackupManifest.FILE);
            if (entry == null) {
                throw new IOException(zip.getFileName() + " is not a Guanai backup (no " + BackupManifest.FILE + ")");
            }
            try (InputStream in = z.getInputStream(entry)) {
                return BackupManifest.read(in);
            }
        }
    }

    /**
     * Extracts a backup into {@code target} (which must not exist): {@code target/derby/…} and the manifest.
     * Entries outside those (a name with "..", an absolute path) are refused: the file may come from anywhere.
     */
    public static BackupManifest extract(Path zip, Path target) throws IOException {
        BackupManifest manifest = manifest(zip);
        Files.createDirectories(target.getParent());
        Files.createDirectory(target);
        Path root = target.toAbsolutePath().normalize();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                boolean ours = name.equals(BackupManifest.FILE) || name.startsWith(DATABASE + "/");
                Path to = root.resolve(name).normalize();
                if (!ours || !to.startsWith(root) || name.contains("..") || name.startsWith("/")) {
                    throw new IOException(zip.getFileName() + " has an entry that is not part of a backup: " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to);
                }
            }
        }
        if (!Files.isRegularFile(target.resolve(DATABASE).resolve("service.properties"))) {
            throw new IOException(zip.getFileName() + " holds no Derby database");
        }
        return manifest;
    }
}
