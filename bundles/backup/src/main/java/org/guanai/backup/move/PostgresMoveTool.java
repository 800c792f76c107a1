package org.guanai.backup.move;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guanai.backup.DataHome;
import org.guanai.backup.DriverDatabases;
import org.guanai.backup.RestoreTool;

/**
 * {@code bin/guanai-to-postgres JDBC_URL USER}: moves a stopped Guanai's embedded Derby database (the data home's
 * {@code derby/}) into an empty PostgreSQL database and prints every table's rows and checksum on both sides.
 * Derby's database is left as it was (the way back). The password comes from {@code PGPASSWORD} or a prompt that
 * does not echo; it is never printed. The URL names a host, port and database and at most {@code sslmode}: nothing
 * that makes the driver read or write a file or load a class ({@code loggerFile}, {@code sslfactory}, …).
 *
 * <pre>java -cp guanai-backup.jar:derby.jar:postgresql.jar org.guanai.backup.move.PostgresMoveTool DATA_HOME KARAF_HOME URL USER</pre>
 * Exit status: 0 moved, 1 failed or refused (nothing committed), 2 usage, 3 Guanai is running.
 */
public final class PostgresMoveTool {

    private static final Pattern URL = Pattern.compile(
            "jdbc:postgresql://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(:\\d{1,5})?/([A-Za-z_][A-Za-z0-9_\\-]{0,62})(\\?(.*))?");
    private static final Set<String> PARAMETERS = Set.of("sslmode", "ssl", "connectTimeout", "ApplicationName");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,62}");

    private PostgresMoveTool() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Console console = System.console();
        char[] password = null;
        String env = System.getenv("PGPASSWORD");
        if (args.length == 4) {
            password = env != null ? env.toCharArray()
                    : console != null ? console.readPassword("PostgreSQL 口令 password for %s: ", args[3]) : null;
        }
        System.exit(run(args, password, out));
    }

    static int run(String[] args, char[] password, PrintStream out) {
        if (args.length != 4) {
            out.println("用法 usage: bin/guanai-to-postgres jdbc:postgresql://HOST:PORT/DATABASE USER   (口令 password: PGPASSWORD or a prompt)");
            return 2;
        }
        String problem = urlProblem(args[2]);
        if (problem == null && !USER.matcher(args[3]).matches()) {
            problem = "用户名无效 Not a PostgreSQL user name: " + args[3];
        }
        if (problem != null) {
            out.println(problem);
            return 2;
        }
        if (password == null) {
            out.println("缺少口令 No password: set PGPASSWORD or run this in a terminal to be asked.");
            return 2;
        }
        DataHome home = new DataHome(Path.of(args[0]));
        if (!DataHome.isDatabase(home.database())) {
            out.println("数据主目录中没有 Derby 数据库 No Derby database in " + home.database());
            return 1;
        }
        if (RestoreTool.running(Path.of(args[1]), home.database())) {
            out.println("关爱平台正在运行，请先停止 Guanai is running: stop it first (bin/stop, or systemctl stop guanai).");
            return 3;
        }
        DriverDatabases derbies = new DriverDatabases();
        Properties login = new Properties();
        login.setProperty("user", args[3]);
        login.setProperty("password", new String(password));
        java.util.Arrays.fill(password, '\0');
        long started = System.nanoTime();
        out.println("正在迁移 Moving " + home.database() + " → " + args[2] + " ...");
        try (Connection derby = derbies.open(home.database());
             Connection postgres = DriverManager.getConnection(args[2], login)) {
            List<PostgresMove.Checked> checked = PostgresMove.copy(derby, postgres, out);
            print(checked, out);
            long rows = checked.stream().mapToLong(PostgresMove.Checked::rows).sum();
            out.printf("迁移完成 Moved %d tables, %,d rows in %.1f s; every table's rows and checksum agree.%n",
                    checked.size(), rows, (System.nanoTime() - started) / 1e9);
            out.println("下一步 Next: put the URL, user and password into etc/org.ops4j.datasource-guanai.cfg "
                    + "(osgi.jdbc.driver.name = PostgreSQL JDBC Driver), then bin/start. Derby's database stays in "
                    + home.database() + " (the way back).");
            return 0;
        } catch (PostgresMove.Refused e) {
            print(e.checked(), out);
            out.println(e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            out.println("迁移失败，未提交任何数据 The move failed, nothing was committed: " + e.getMessage());
            return 1;
        } finally {
            derbies.shutdown(home.database());
        }
    }

    /** Why {@code url} is refused, or null. */
    static String urlProblem(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return "地址无效 Not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE): " + url;
        }
        if (m.group(5) != null && !m.group(5).isEmpty()) {
            for (String pair : m.group(5).split("&")) {
                String name = pair.split("=", 2)[0];
                if (!PARAMETERS.contains(name)) {
                    return "不允许的参数 URL parameter not allowed: " + name + " (allowed: " + String.join(", ",
                            new java.util.TreeSet<>(PARAMETERS)) + "; user and password are asked separately)";
                }
            }
        }
        return null;
    }

    private static void print(List<PostgresMove.Checked> checked, PrintStream out) {
        if (checked.isEmpty()) {
            return;
        }
        int width = Math.max(5, checked.stream().mapToInt(c -> c.table().length()).max().orElse(5));
        out.printf("%-" + width + "s | %12s | %-12s | %s%n", "表 table", "行 rows", "Derby", "PostgreSQL");
        out.println("-".repeat(width) + "-+-" + "-".repeat(12) + "-+-" + "-".repeat(12) + "-+-" + "-".repeat(20));
        for (PostgresMove.Checked c : checked) {
            out.printf("%-" + width + "s | %,12d | %s | %s%n", c.table(), c.rows(), c.derbyChecksum().substring(0, 12),
                    c.postgresChecksum().substring(0, 12) + (c.same() ? " (相同 same)" : " (不同 DIFFERS)"));
        }
    }
}
