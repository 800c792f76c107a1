package org.guanai.registry.internal.operations;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.guanai.backup.BackupManifest;
import org.guanai.backup.DataHome;
import org.guanai.backup.DerbyBackup;
import org.guanai.backup.Restore;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.internal.schema.SchemaNotReadyException;
import org.junit.Test;
import org.osgi.service.jdbc.DataSourceFactory;

/** First start, existing home, a home that lost its database, a staged restore: what opening the data home does. */
public class DatabaseHomeTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static final OsgiDerbyDatabases DERBY = new OsgiDerbyDatabases(new DerbyFactory());
    private final Path root = Path.of("target", "data-home-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    public void aFirstStartCreatesTheDatabaseAndMarksTheHome() throws Exception {
        DataHome home = new DataHome(root);
        DatabaseHome opened = open(home);
        assertEquals(PartState.READY, opened.state().state);
        assertTrue(DataHome.isDatabase(home.database()));
        assertTrue(home.marker().orElseThrow().getProperty("how").startsWith("created by a first start"));
        for (Path folder : new Path[] {home.backups(), home.files(), home.logs(), home.restore()}) {
            assertTrue(folder + " made", Files.isDirectory(folder));
        }
        DERBY.shutdown(home.database());
        // the next start opens it as it is
        assertEquals(PartState.READY, open(home).state().state);
        DERBY.shutdown(home.database());
    }

    @Test
    public void aHomeThatHadADatabaseGetsNoEmptyOneInItsPlace() throws Exception {
        DataHome home = new DataHome(root);
        open(home);
        DERBY.shutdown(home.database());
        Restore.deleteTree(home.database()); // lost: a wrong disk mounted, a folder deleted by hand

        DatabaseHome again = new DatabaseHome(home, home.database(), DERBY, "test");
        try {
            again.open();
            fail("expected a refusal");
        } catch (SchemaNotReadyException expected) {
            assertEquals(PartState.FAILED, expected.state());
            assertTrue(expected.getMessage(), expected.getMessage().startsWith("数据主目录中没有数据库，但此前曾有（数据主目录创建于 ")
                    && expected.getMessage().contains("请恢复备份（bin/guanai-restore）"));
            String english = expected.text().render(Locale.ENGLISH);
            assertTrue(english, english.startsWith("The data home has no database but held one (created ")
                    && english.contains("restore a backup (bin/guanai-restore)"));
        }
        assertEquals(PartState.FAILED, again.state().state);
        assertEquals(again.state().detail, again.state().detail(Locale.CHINESE));
        assertTrue(again.state().detail(Locale.ENGLISH).startsWith("The data home has no database"));
        assertFalse("nothing created", Files.exists(home.database()));
    }

    @Test
    public void backupsWithoutAMarkerAlsoMeanTheHomeHadADatabase() throws Exception {
        DataHome home = new DataHome(root);
        home.createFolders();
        Files.writeString(home.backups().resolve("guanai-20260101-020000.zip"), "a backup");
        try {
            new DatabaseHome(home, home.database(), DERBY, "test").open();
            fail("expected a refusal");
        } catch (SchemaNotReadyException expected) {
            assertFalse(Files.exists(home.database()));
        }
    }

    @Test
    public void aStagedRestoreReplacesTheDatabaseAtTheNextStart() throws Exception {
        DataHome home = new DataHome(root);
        open(home);
        try (Connection c = DERBY.open(home.database()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (id INT PRIMARY KEY)");
            s.execute("INSERT INTO people VALUES (1), (2)");
            new DerbyBackup(home, DERBY, Clock.systemDefaultZone()).backup(c, new BackupManifest());
            s.execute("INSERT INTO people VALUES (3)");
        }
        String name = DerbyBackup.nameOf(DerbyBackup.list(home).get(0));
        Restore.stage(home.backups().resolve(name + ".zip"), home, DERBY, "admin");

        DatabaseHome running = new DatabaseHome(home, home.database(), DERBY, "test");
        running.open();
        assertNull("the database is open in this JVM: the restore waits for the next start", running.restored().orElse(null));
        assertTrue(Restore.staged(home).isPresent());

        DERBY.shutdown(home.database()); // as after a stop
        DatabaseHome next = new DatabaseHome(home, home.database(), DERBY, "test");
        next.open();
        assertEquals(name, next.restored().orElseThrow().backup());
        try (Connection c = DERBY.open(home.database()); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM people")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
        DERBY.shutdown(home.database());
        assertTrue(DataHome.isDatabase(next.restored().get().replaced()));
    }

    @Test
    public void theDerbyFolderComesFromTheDataSourceUrl() {
        assertEquals(Path.of("/var/lib/guanai/derby"), DatabaseHome.derbyFolder("jdbc:derby:/var/lib/guanai/derby"));
        assertEquals(Path.of("/x/derby"), DatabaseHome.derbyFolder("jdbc:derby:/x/derby;create=true"));
        assertNull(DatabaseHome.derbyFolder("jdbc:derby://db:1527/guanai"));
        assertNull(DatabaseHome.derbyFolder("jdbc:postgresql://localhost:5432/guanai"));
        assertNull(DatabaseHome.derbyFolder("jdbc:derby:memory:test"));
    }

    private DatabaseHome open(DataHome home) throws SchemaNotReadyException {
        DatabaseHome opened = new DatabaseHome(home, home.database(), DERBY, "test");
        opened.open();
        return opened;
    }

    /** pax-jdbc-derby's factory as far as the data home uses it: a URL with attributes. */
    static final class DerbyFactory implements DataSourceFactory {
        @Override
        public DataSource createDataSource(Properties props) {
            String url = props.getProperty(JDBC_URL).substring("jdbc:derby:".length());
            int semicolon = url.indexOf(';');
            EmbeddedDataSource ds = new EmbeddedDataSource();
            ds.setDatabaseName(semicolon < 0 ? url : url.substring(0, semicolon));
            if (semicolon >= 0) {
                ds.setConnectionAttributes(url.substring(semicolon + 1));
            }
            return ds;
        }

        @Override
        public ConnectionPoolDataSource createConnectionPoolDataSource(Properties props) {
            throw new UnsupportedOperationException();
        }

        @Override
        public XADataSource createXADataSource(Properties props) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Driver createDriver(Properties props) throws SQLException {
            throw new UnsupportedOperationException();
        }
    }
}
