package org.guanai.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guanai.testing.TestPostgres;
import org.junit.Assume;

/**
 * A PostgreSQL for the tests that need one: the server named by {@code -Dguanai.test.postgres=jdbc:postgresql://…},
 * or the one {@code .ci/postgres} started (CI's: {@link TestPostgres#server()}), or else one of our own from Debian's PostgreSQL 15 binaries, initialised under target/ and started on
 * port {@value #PORT} (as user postgres when the build runs as root: PostgreSQL refuses root), stopped by
 * {@link #close()}. Without either the test is skipped. Each use gets a fresh database.
 */
public final class LocalPostgres implements AutoCloseable {

    static final int PORT = 54330;
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    /** A fresh database's JDBC URL, without credentials, and its user and password. */
    public final String url;
    public final String user;
    public final String password;
    private final Path dataDir;

    private LocalPostgres(String url, String user, String password, Path dataDir) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataDir = dataDir;
    }

    static LocalPostgres start() throws Exception {
        return start("guanai_nodes", PORT);
    }

    /**
     * As {@link #start()}, the fresh database named {@code prefix_<random>}; our own server (if one is started) on
     * {@code port}, with the server settings {@code -c name=value} given (e.g. {@code shared_buffers=512MB}).
     */
    public static LocalPostgres start(String prefix, int port, String... serverSettings) throws Exception {
        String given = System.getProperty("guanai.test.postgres");
        if (given != null && !given.isBlank()) {
            return fresh(given, prefix, null);
        }
        if (System.getenv("GUANAI_TEST_POSTGRES_URL") != null) {
            // the server .ci/postgres started (CI, or by hand): a fresh database in it
            TestPostgres.Database db = TestPostgres.server().createDatabase(prefix);
            return new LocalPostgres(db.url(), db.user(), db.password(), null);
        }
        Assume.assumeTrue("no PostgreSQL: set -Dguanai.test.postgres or install postgresql-15", Files.isExecutable(BIN.resolve("initdb")));
        Path dir = Files.createDirectories(Path.of("target").toAbsolutePath().resolve("postgres-" + UUID.randomUUID()));
        Path data = dir.resolve("data");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            // the test folder's parents must let postgres through
            for (Path p = dir.getParent(); p != null; p = p.getParent()) {
                run(List.of("chmod", "o+x", p.toString()), false);
            }
        }
        run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "guanai", "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8"), root);
        StringBuilder options = new StringBuilder("-p " + port + " -k " + dir + " -c listen_addresses=localhost -c max_connections=100");
        for (String setting : serverSettings) {
            options.append(" -c ").append(setting);
        }
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("postgres.log").toString(),
                "-o", options.toString(), "-w", "start"), root);
        return fresh("jdbc:postgresql://localhost:" + port + "/postgres?user=guanai", prefix, data);
    }

    /** A new database on the server at {@code serverUrl} (which names a database to connect to and a user). */
    private static LocalPostgres fresh(String serverUrl, String prefix, Path dataDir) throws Exception {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        }
        java.util.Properties query = new java.util.Properties();
        int q = serverUrl.indexOf('?');
        if (q >= 0) {
            for (String kv : serverUrl.substring(q + 1).split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    query.setProperty(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        String base = q < 0 ? serverUrl : serverUrl.substring(0, q);
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name;
        return new LocalPostgres(url, query.getProperty("user", "guanai"), query.getProperty("password", ""), dataDir);
    }

    private static void run(List<String> command, boolean asPostgres) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C.UTF-8");
        if (Distribution.exec(pb, 120) != 0) {
            throw new IllegalStateException("failed: " + full);
        }
    }

    /** Stops our own server (not CI's). */
    @Override
    public void close() throws Exception {
        if (dataDir != null) {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"),
                    "root".equals(System.getProperty("user.name")));
        }
    }
}
