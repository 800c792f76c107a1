package org.guanai.testing;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database migrated by the module's schema, and the module's persistence unit over it as
 * RESOURCE_LOCAL (there is no JTA outside the container). Embedded Derby under target/derby/&lt;uuid&gt; by
 * default; with {@code -Dguanai.test.db=postgres} a fresh schema of the tests' PostgreSQL database instead (see
 * {@link TestPostgres} for where it comes from), so the same tests check the other supported database.
 *
 * <p>A module typically migrates the way its schema component does in the container, e.g.
 * {@code TestDatabase.create("guanai-health", ds -> new HealthSchema(new LiquibaseTestMigrator(ds)))}.
 */
public final class TestDatabase implements AutoCloseable {

    /** The system property that selects the database: {@code postgres}, or Derby when unset. */
    public static final String DB_PROPERTY = "guanai.test.db";

    // Held so that the level sticks: Liquibase logs every statement at INFO through java.util.logging.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    /** The migrated database. */
    public final DataSource dataSource;
    /** Aries JPA's template semantics over the unit, see {@link ResourceLocalJpaTemplate}. */
    public final JpaTemplate jpa;
    private final EntityManagerFactory emf;

    private TestDatabase(DataSource dataSource, String persistenceUnit, Consumer<DataSource> migration) {
        this.dataSource = dataSource;
        migration.accept(dataSource);
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", "");
        props.put("javax.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.weaving", "false");
        this.emf = new PersistenceProvider().createEntityManagerFactory(persistenceUnit, props);
        this.jpa = new ResourceLocalJpaTemplate(emf);
    }

    /**
     * A database migrated by {@code migration} (called once with the empty database) with the persistence
     * unit {@code persistenceUnit} (found on the test class path) open over it.
     */
    public static TestDatabase create(String persistenceUnit, Consumer<DataSource> migration) {
        DataSource empty = TestPostgres.selected(DB_PROPERTY) ? emptyPostgresSchema(TestPostgres.server()) : emptyDataSource();
        return new TestDatabase(empty, persistenceUnit, migration);
    }

    /** As {@link #create}, but always on embedded Derby (a test of moving from Derby, for one). */
    public static TestDatabase createDerby(String persistenceUnit, Consumer<DataSource> migration) {
        return new TestDatabase(emptyDataSource(), persistenceUnit, migration);
    }

    /** The persistence unit over a database that is migrated already ({@code migration} may still check it). */
    public static TestDatabase over(DataSource dataSource, String persistenceUnit, Consumer<DataSource> migration) {
        return new TestDatabase(dataSource, persistenceUnit, migration);
    }

    /** An empty Derby database, not migrated yet. */
    public static EmbeddedDataSource emptyDataSource() {
        File dir = new File("target/derby/" + UUID.randomUUID());
        dir.getParentFile().mkdirs();
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.getAbsolutePath());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** Whether the tests run on PostgreSQL ({@code -Dguanai.test.db=postgres}). */
    public static boolean postgres() {
        return TestPostgres.selected(DB_PROPERTY);
    }

    private static DataSource emptyPostgresSchema(TestPostgres.Server server) {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server.connect(server.url()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + server.url() + ": " + e.getMessage(), e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(server.url());
        ds.setUser(server.user());
        ds.setPassword(server.password());
        ds.setCurrentSchema(schema);
        return ds;
    }

    /** Closes the unit and, for Derby, shuts the database down. */
    @Override
    public void close() {
        emf.close();
        if (dataSource instanceof EmbeddedDataSource derby) {
            shutdown(derby);
        }
    }

    /** Shuts an embedded Derby database down (its files stay under target/derby). */
    public static void shutdown(EmbeddedDataSource ds) {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(ds.getDatabaseName());
        stop.setShutdownDatabase("shutdown");
        try {
            stop.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception (08006).
        }
    }
}
