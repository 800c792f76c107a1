package org.guanai.backup.move;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guanai.backup.DataHome;
import org.guanai.backup.DriverDatabases;
import org.guanai.backup.RestoreTool;
import org.guanai.backup.ToolText;

/**
 * {@code bin/guanai-to-postgres JDBC_URL USER}: moves a stopped Guanai's embedded Derby database (the data home's
 * {@code derby/}) into an empty PostgreSQL database and prints every table's rows and checksum on both sides.
 * Derby's database is left as it was (the way back). The password comes from {@code PGPASSWORD} or a prompt that
 * does not echo; it is never printed. The URL names a host, port and database and at most {@code sslmode}: nothing
 * that makes the driver read or write a file or load a class ({@code loggerFile}, {@code sslfactory}, …).
 *
 * <pre>java -cp guanai-backup.jar:derby.jar:postgresql.jar org.guanai.backup.move.PostgresMoveTool DATA_HOME KARAF_HOME URL USER</pre>
 * Exit status: 0 moved, 1 failed or refused (nothing committed), 2 usage, 3 Guanai is running. It speaks Chinese, or
 * English with {@code GUANAI_LANG=en} ({@link ToolText}).
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
        ToolText text = ToolText.fromEnvironment();
        if (args.length == 4) {
            password = env != null ? env.toCharArray()
                    : console != null ? console.readPassword("%s ", text.say("move.password", args[3])) : null;
        }
        System.exit(run(args, password, out, text));
    }

    static int run(String[] args, char[] password, PrintStream out) {
        return run(args, password, out, ToolText.CHINESE);
    }

    static int run(String[] args, char[] password, PrintStream out, ToolText text) {
        if (args.length != 4) {
            out.println(text.say("move.usage"));
            return 2;
        }
        String problem = urlProblem(args[2], text);
        if (problem == null && !USER.matcher(args[3]).matches()) {
            problem = text.say("move.badUser", args[3]);
        }
        if (problem != null) {
            out.println(problem);
            return 2;
        }
        if (password == null) {
            out.println(text.say("move.noPassword"));
            return 2;
        }
        DataHome home = new DataHome(Path.of(args[0]));
        if (!DataHome.isDatabase(home.database())) {
            out.println(text.say("move.noDerby", home.database()));
            return 1;
        }
        if (RestoreTool.running(Path.of(args[1]), home.database())) {
            out.println(text.say("tool.running"));
            return 3;
        }
        DriverDatabases derbies = new DriverDatabases();
        Properties login = new Properties();
        login.setProperty("user", args[3]);
        login.setProperty("password", new String(password));
        java.util.Arrays.fill(password, '\0');
        long started = System.nanoTime();
        out.println(text.say("move.moving", home.database(), args[2]));
        try (Connection derby = derbies.open(home.database());
             Connection postgres = DriverManager.getConnection(args[2], login)) {
            List<PostgresMove.Checked> checked = PostgresMove.copy(derby, postgres, out, text);
            print(checked, out, text);
            long rows = checked.stream().mapToLong(PostgresMove.Checked::rows).sum();
            out.println(text.say("move.done", checked.size(), String.format(Locale.ROOT, "%,d", rows),
                    String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
            out.println(text.say("move.next", home.database()));
            return 0;
        } catch (PostgresMove.Refused e) {
            print(e.checked(), out, text);
            out.println(e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            out.println(text.say("move.failed", e.getMessage()));
            return 1;
        } finally {
            derbies.shutdown(home.database());
        }
    }

    /** Why {@code url} is refused (in Chinese), or null. */
    static String urlProblem(String url) {
        return urlProblem(url, ToolText.CHINESE);
    }

    /** Why {@code url} is refused, or null. */
    static String urlProblem(String url, ToolText text) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return text.say("move.badUrl", url);
        }
        if (m.group(5) != null && !m.group(5).isEmpty()) {
            for (String pair : m.group(5).split("&")) {
                String name = pair.split("=", 2)[0];
                if (!PARAMETERS.contains(name)) {
                    return text.say("move.badParameter", name, String.join(", ", new java.util.TreeSet<>(PARAMETERS)));
                }
            }
        }
        return null;
    }

    private static void print(List<PostgresMove.Checked> checked, PrintStream out, ToolText text) {
        if (checked.isEmpty()) {
            return;
        }
        int width = Math.max(5, checked.stream().mapToInt(c -> c.table().length()).max().orElse(5));
        out.printf("%-" + width + "s | %12s | %-12s | %s%n", text.say("col.table"), text.say("col.rows"), "Derby",
                "PostgreSQL");
        out.println("-".repeat(width) + "-+-" + "-".repeat(12) + "-+-" + "-".repeat(12) + "-+-" + "-".repeat(20));
        for (PostgresMove.Checked c : checked) {
            out.printf("%-" + width + "s | %,12d | %s | %s%n", c.table(), c.rows(), c.derbyChecksum().substring(0, 12),
                    c.postgresChecksum().substring(0, 12) + " (" + text.say(c.same() ? "move.same" : "move.differs") + ")");
        }
    }
}
