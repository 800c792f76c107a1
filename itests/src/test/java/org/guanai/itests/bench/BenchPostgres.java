package org.guanai.itests.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.guanai.itests.LocalPostgres;

/**
 * The PostgreSQL of {@code -Dbench.db=postgres}: the server {@code .ci/postgres} exported
 * ({@code GUANAI_TEST_POSTGRES_*}), else one of our own from Debian's PostgreSQL 15 binaries as the itests start it
 * ({@link LocalPostgres}), on port {@code bench.postgres.port} (54331: not TwoNodesIT's) with
 * {@code shared_buffers=512MB}, {@code max_wal_size=4GB} and otherwise PostgreSQL's defaults (fsync on), logging the plan
 * of every statement slower than 250 ms ({@code auto_explain}) to {@code target/postgres-…/postgres.log}. The benchmarks' databases are
 * created beside the control database LocalPostgres hands out; a registry is reset by copying a template database
 * ({@code CREATE DATABASE … TEMPLATE …}), PostgreSQL's counterpart of the Derby folder copies.
 */
final class BenchPostgres implements AutoCloseable {
    private static BenchPostgres shared;

    private final LocalPostgres server;

    private BenchPostgres(LocalPostgres server) {
        this.server = server;
    }

    /** The one server of this JVM (both benchmark classes use it), started on first use, stopped at exit. */
    static synchronized BenchPostgres shared() throws Exception {
        if (shared == null) {
            shared = new BenchPostgres(LocalPostgres.start("guanai_bench", Integer.getInteger("bench.postgres.port", 54331),
                    "shared_buffers=512MB", "max_wal_size=4GB",
                    // the plan of every statement slower than 250 ms goes to its postgres.log: where a figure's time went
                    "shared_preload_libraries=auto_explain", "auto_explain.log_min_duration=250ms"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.close();
                } catch (Exception e) {
                    System.err.println("[bench] stopping the benchmark PostgreSQL: " + e);
                }
            }));
        }
        return shared;
    }

    String user() {
        return server.user;
    }

    String password() {
        return server.password;
    }

    /** The JDBC URL of database {@code name} on this server. */
    String url(String name) {
        return server.url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    }

    Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", server.user);
        p.setProperty("password", server.password);
        // multi-row INSERTs from JDBC batches: the raw loader's speed on PostgreSQL
        p.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(url(database), p);
    }

    /** Drops {@code name} if it exists and creates it empty, or as a copy of {@code template} (null: empty). */
    void recreate(String name, String template) throws SQLException {
        check(name);
        try (Connection c = DriverManager.getConnection(server.url, server.user, server.password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            if (template == null) {
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } else {
                check(template);
                // PostgreSQL 15: copying the files is much faster for a large template than the WAL-logged default
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
            }
        }
    }

    void drop(String name) throws SQLException {
        check(name);
        try (Connection c = DriverManager.getConnection(server.url, server.user, server.password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** VACUUM ANALYZE after a bulk load: statistics and the visibility map, as autovacuum would set them in time. */
    void vacuumAnalyze(String database) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private static void check(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name: " + name);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
