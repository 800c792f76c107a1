package org.guanai.health.internal.testing;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.guanai.health.internal.schema.HealthSchema;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database migrated with the health module's changelog (and nothing of the registry's: this
 * module never touches registry tables; tests fake the registry's services), and the
 * {@code guanai-health} unit over it as RESOURCE_LOCAL (there is no JTA outside the container).
 * Embedded Derby under target/derby by default; with
 * {@code -DargLine=-Dguanai.test.postgres=jdbc:postgresql://host:port/db?user=…} a fresh schema of that
 * PostgreSQL database instead, like the registry's harness.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_PROPERTY = "guanai.test.postgres";

    // Held so that the level sticks: Liquibase logs every statement at INFO through java.util.logging.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    public final DataSource dataSource;
    public final TestMigrator migrator;
    public final HealthSchema schema;
    public final JpaTemplate jpa;
    private final EntityManagerFactory emf;

    private TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.migrator = new TestMigrator(dataSource);
        this.schema = new HealthSchema(migrator);
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jtaDataSource", "");
        props.put("javax.persistence.nonJtaDataSource", dataSource);
        props.put("eclipselink.weaving", "false");
        this.emf = new PersistenceProvider().createEntityManagerFactory("guanai-health", props);
        this.jpa = new ResourceLocalJpaTemplate(emf);
    }

    /** A migrated database with the persistence unit open. */
    public static TestDatabase create() {
        String postgres = System.getProperty(POSTGRES_PROPERTY);
        return new TestDatabase(postgres == null ? emptyDataSource() : emptyPostgresSchema(postgres));
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

    private static DataSource emptyPostgresSchema(String url) {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + url, e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setCurrentSchema(schema);
        return ds;
    }

    @Override
    public void close() {
        emf.close();
        if (dataSource instanceof EmbeddedDataSource derby) {
            shutdown(derby);
        }
    }

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
