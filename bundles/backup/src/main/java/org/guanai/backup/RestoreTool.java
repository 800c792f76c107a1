package org.guanai.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code bin/guanai-restore}: restores a backup into a stopped (or never started) Guanai. The backup is
 * extracted and every table checked against its manifest before anything is replaced; the database it
 * replaces is kept under {@code restore/replaced-<time>/}.
 *
 * <pre>
 * java -cp guanai-backup.jar:derby.jar org.guanai.backup.RestoreTool DATA_HOME KARAF_HOME BACKUP
 * </pre>
 * BACKUP is a name from the data home's backups folder ({@code guanai-20261202-023000}) or a backup file.
 * Exit status: 0 restored, 1 failed (nothing replaced), 2 usage, 3 Guanai is running. It speaks Chinese, or English
 * with {@code GUANAI_LANG=en} ({@link ToolText}).
 */
public final class RestoreTool {

    private RestoreTool() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, new DriverDatabases(), ToolText.fromEnvironment()));
    }

    static int run(String[] args, PrintStream out, Databases databases) {
        return run(args, out, databases, ToolText.CHINESE);
    }

    static int run(String[] args, PrintStream out, Databases databases, ToolText text) {
        if (args.length != 3) {
            out.println(text.say("restore.usage"));
            return 2;
        }
        DataHome home = new DataHome(Path.of(args[0]));
        Path karafHome = Path.of(args[1]);
        Path file = resolve(home, args[2]);
        if (file == null) {
            out.println(text.say("restore.noSuchBackup", args[2], home.backups()));
            listBackups(home, out, text);
            return 1;
        }
        if (running(karafHome, home.database())) {
            out.println(text.say("tool.running"));
            return 3;
        }
        try {
            out.println(text.say("restore.checking", file));
            Restore.Staged staged = Restore.stage(file, home, databases, System.getProperty("user.name"));
            printTables(staged.checked(), out, text);
            Optional<Restore.Applied> applied = Restore.applyStaged(home, home.database());
            home.mark("restored from " + staged.manifest().name, staged.manifest().version);
            out.println(text.say("restore.done", staged.manifest().name, staged.manifest().createdAt, home.database()));
            applied.map(Restore.Applied::replaced).filter(p -> p != null)
                    .ifPresent(p -> out.println(text.say("restore.replacedKept", p)));
            out.println(text.say("restore.startNow"));
            return 0;
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            out.println(text.say("restore.failed", e.getMessage()));
            return 1;
        }
    }

    private static Path resolve(DataHome home, String backup) {
        if (DerbyBackup.isName(backup)) {
            Path named = home.backups().resolve(backup + BackupArchive.SUFFIX);
            return Files.isRegularFile(named) ? named : null;
        }
        Path path = Path.of(backup);
        return Files.isRegularFile(path) ? path.toAbsolutePath() : null;
    }

    /** Karaf's pid file names a live process, or Derby holds its lock on the database. */
    public static boolean running(Path karafHome, Path database) {
        try {
            Path pid = karafHome.resolve("karaf.pid");
            if (Files.isRegularFile(pid)) {
                String s = Files.readString(pid).trim();
                if (!s.isEmpty() && ProcessHandle.of(Long.parseLong(s)).map(ProcessHandle::isAlive).orElse(false)) {
                    return true;
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            // fall through to Derby's own lock
        }
        return DataHome.inUse(database);
    }

    private static void listBackups(DataHome home, PrintStream out, ToolText text) {
        try {
            List<Path> all = DerbyBackup.list(home);
            if (!all.isEmpty()) {
                out.println(text.say("restore.backupsHere"));
                all.forEach(p -> out.println("  " + DerbyBackup.nameOf(p)));
            }
        } catch (IOException ignored) {
            // nothing more to show
        }
    }

    private static void printTables(List<TableDigest.Table> tables, PrintStream out, ToolText text) {
        int width = tables.stream().mapToInt(t -> t.name().length()).max().orElse(5);
        out.printf("%-" + width + "s | %10s | %s%n", text.say("col.table"), text.say("col.rows"), text.say("col.checksum"));
        out.println("-".repeat(width) + "-+-" + "-".repeat(10) + "-+-" + "-".repeat(24));
        for (TableDigest.Table t : tables) {
            out.printf("%-" + width + "s | %10d | %s %s%n", t.name(), t.rows(), t.checksum().substring(0, 12),
                    text.say("restore.sameAsBackup"));
        }
    }
}
