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
 * Exit status: 0 restored, 1 failed (nothing replaced), 2 usage, 3 Guanai is running.
 */
public final class RestoreTool {

    private RestoreTool() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, new DriverDatabases()));
    }

    static int run(String[] args, PrintStream out, Databases databases) {
        if (args.length != 3) {
            out.println("用法 usage: bin/guanai-restore BACKUP   (备份名称或文件 a backup's name or file)");
            return 2;
        }
        DataHome home = new DataHome(Path.of(args[0]));
        Path karafHome = Path.of(args[1]);
        Path file = resolve(home, args[2]);
        if (file == null) {
            out.println("找不到备份 No such backup: " + args[2] + " (in " + home.backups() + ")");
            listBackups(home, out);
            return 1;
        }
        if (running(karafHome, home.database())) {
            out.println("关爱平台正在运行，请先停止 Guanai is running: stop it first (bin/stop, or systemctl stop guanai).");
            return 3;
        }
        try {
            out.println("检查备份 Checking " + file + " ...");
            Restore.Staged staged = Restore.stage(file, home, databases, System.getProperty("user.name"));
            printTables(staged.checked(), out);
            Optional<Restore.Applied> applied = Restore.applyStaged(home, home.database());
            home.mark("restored from " + staged.manifest().name, staged.manifest().version);
            out.printf("已恢复 Restored %s (made %s) into %s.%n", staged.manifest().name, staged.manifest().createdAt,
                    home.database());
            applied.map(Restore.Applied::replaced).filter(p -> p != null)
                    .ifPresent(p -> out.println("原数据库保留在 The database it replaced is kept in " + p));
            out.println("现在启动 Now start Guanai: bin/start (or systemctl start guanai).");
            return 0;
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            out.println("恢复失败，未做任何更改 Restore failed, nothing was replaced: " + e.getMessage());
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

    private static void listBackups(DataHome home, PrintStream out) {
        try {
            List<Path> all = DerbyBackup.list(home);
            if (!all.isEmpty()) {
                out.println("现有备份 Backups here:");
                all.forEach(p -> out.println("  " + DerbyBackup.nameOf(p)));
            }
        } catch (IOException ignored) {
            // nothing more to show
        }
    }

    private static void printTables(List<TableDigest.Table> tables, PrintStream out) {
        int width = tables.stream().mapToInt(t -> t.name().length()).max().orElse(5);
        out.printf("%-" + width + "s | %10s | %s%n", "table", "rows", "checksum");
        out.println("-".repeat(width) + "-+-" + "-".repeat(10) + "-+-" + "-".repeat(24));
        for (TableDigest.Table t : tables) {
            out.printf("%-" + width + "s | %10d | %s (= backup)%n", t.name(), t.rows(), t.checksum().substring(0, 12));
        }
    }
}
