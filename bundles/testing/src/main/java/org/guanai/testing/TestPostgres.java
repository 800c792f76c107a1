package org.guanai.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server tests run against, and fresh databases in it.
 *
 * <p>API:
 * <ul>
 * <li>{@link #selected(String)}: whether a test run asked for PostgreSQL, {@code -Dguanai.test.db=postgres} for unit
 * tests, {@code -Dguanai.itest.db=postgres} for the Pax Exam suite (the property's name is the argument).</li>
 * <li>{@link #server()}: the server, from the environment ({@code GUANAI_TEST_POSTGRES_URL}, {@code _USER},
 * {@code _PASSWORD}, as {@code .ci/postgres} exports them) or the system properties of the same names in lower case
 * with dots ({@code guanai.test.postgres.url} …); fails naming them when neither is set.</li>
 * <li>{@link Server#createDatabase(String)}: a new, empty database owned by the test role (which needs CREATEDB),
 * named {@code prefix_<random>}; {@link Database#dataSource()}, {@link Database#connection()},
 * {@link Database#drop()}.</li>
 * </ul>
 * A server is not started here: tests run as whatever user Maven runs as (root on CI), and PostgreSQL refuses root.
 * {@code .ci/postgres} starts one (as {@code postgres}, on 127.0.0.1:54320); by hand: {@code . .ci/postgres;
 * guanai_pg_start}, run the tests, {@code guanai_pg_stop}. The password travels in the environment, not on a
 * command line.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /** Whether the system property {@code property} (e.g. {@code guanai.test.db}) says {@code postgres}. */
    public static boolean selected(String property) {
        return "postgres".equalsIgnoreCase(System.getProperty(property, "").trim());
    }

    /** The configured server (see the class comment), or an exception naming what to set. */
    /**
     * The URL as README's "PostgreSQL and several nodes" writes it into etc/org.ops4j.datasource-guanai.cfg: with
     * {@code reWriteBatchedInserts=true}, so the driver sends EclipseLink's batched INSERTs as multi-row INSERTs.
     */
    public static String cfgUrl(String url) {
        return url.contains("reWriteBatchedInserts") ? url
                : url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    public static Server server() {
        String url = setting("url");
        String user = setting("user");
        String password = setting("password");
        if (url == null || user == null) {
            throw new IllegalStateException("No PostgreSQL for the tests: set GUANAI_TEST_POSTGRES_URL, _USER and "
                    + "_PASSWORD (. .ci/postgres; guanai_pg_start) or -Dguanai.test.postgres.url=… .user=… .password=…");
        }
        return new Server(url, user, password == null ? "" : password);
    }

    private static String setting(String name) {
        String env = System.getenv("GUANAI_TEST_POSTGRES_" + name.toUpperCase(Locale.ROOT));
        return env != null && !env.isBlank() ? env : System.getProperty("guanai.test.postgres." + name);
    }

    /** A PostgreSQL server and the role tests log in as. */
    public record Server(String url, String user, String password) {

        /** A new, empty database named {@code prefix_<random>} (prefix: lower case letters, digits, _). */
        public Database createDatabase(String prefix) {
            if (!prefix.matches("[a-z][a-z0-9_]{0,30}")) {
                throw new IllegalArgumentException("database prefix: " + prefix);
            }
            String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection c = connect(url); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database on " + url + ": " + e.getMessage(), e);
            }
            return new Database(this, name, url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"));
        }

        Connection connect(String jdbcUrl) throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            return DriverManager.getConnection(jdbcUrl, p);
        }
    }

    /** One database of the server: its JDBC URL, and the server's role and password to log in. */
    public record Database(Server server, String name, String url) {

        public String user() {
            return server.user();
        }

        public String password() {
            return server.password();
        }

        /** A plain (unpooled) DataSource logging in as the test role. */
        public PGSimpleDataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(server.user());
            ds.setPassword(server.password());
            return ds;
        }

        public Connection connection() throws SQLException {
            return server.connect(url);
        }

        /** Drops the database (ending its sessions first). */
        public void drop() {
            try (Connection c = server.connect(server.url()); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
