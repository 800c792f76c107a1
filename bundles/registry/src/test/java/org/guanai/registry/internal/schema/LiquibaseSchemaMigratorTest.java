package org.guanai.registry.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class LiquibaseSchemaMigratorTest {

    /**
     * 001-initial: 8, 002-user-divisions: 1, 003-audit: 1, 004-roster: 1, …, 008-speedq-indexes: 1,
     * 009-province-indexes: 1, 010-postgres-name-pattern: 1 (PostgreSQL's only: marked ran on Derby).
     */
    private static final int REGISTRY_CHANGESETS = 19;

    private static EmbeddedDataSource dataSource;

    @BeforeClass
    public static void emptyDatabase() {
        dataSource = TestDatabase.emptyDataSource();
    }

    @AfterClass
    public static void shutdown() {
        TestDatabase.shutdown(dataSource);
    }

    @Test
    public void appliesEveryChangesetToAnEmptyDatabaseThenNone() throws Exception {
        LiquibaseSchemaMigrator migrator = LiquibaseSchemaMigrator.on(dataSource);
        ClassLoader loader = RegistrySchema.class.getClassLoader();

        assertEquals(REGISTRY_CHANGESETS, migrator.migrate("registry", RegistrySchema.CHANGELOG, loader));
        assertEquals(0, migrator.migrate("registry", RegistrySchema.CHANGELOG, loader));
        assertEquals("a second start applies nothing", 0, RegistrySchema.migrate(migrator));

        List<String> tables = tables();
        for (String table : List.of("DIVISIONS", "HOUSEHOLDS", "MIGRANT_MEMBERS", "PERSONS", "GUARDIANSHIPS",
                "SERVICE_SITES", "SERVICE_TEAMS", "VOLUNTEERS", "SERVICE_RECORDS", "SERVICE_RECORD_PERSONS",
                "USER_DIVISIONS", "AUDIT_ENTRIES")) {
            assertTrue(table + " in " + tables, tables.contains(table));
        }
    }

    @Test
    public void thePostgresOnlyNameIndexIsMarkedRanOnDerbyAndNotBuilt() throws Exception {
        LiquibaseSchemaMigrator.on(dataSource).migrate("registry", RegistrySchema.CHANGELOG,
                RegistrySchema.class.getClassLoader());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT exectype FROM databasechangelog"
                    + " WHERE id = 'registry-010-postgres-name-pattern-index'")) {
                assertTrue(rs.next());
                assertEquals("MARK_RAN", rs.getString(1));
            }
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, "PERSONS", false, false)) {
                while (rs.next()) {
                    assertTrue(rs.getString("INDEX_NAME"), !"IX_PERSONS_NAME_PATTERN".equals(rs.getString("INDEX_NAME")));
                }
            }
        }
    }

    @Test
    public void sequencesHandOutBlocksOfFifty() throws Exception {
        LiquibaseSchemaMigrator.on(dataSource).migrate("registry", RegistrySchema.CHANGELOG,
                RegistrySchema.class.getClassLoader());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long first = next(s);
            assertEquals(50, next(s) - first);
        }
    }

    @Test
    public void aMissingChangelogFailsLoudly() {
        try {
            LiquibaseSchemaMigrator.on(dataSource).migrate("nothing", "db/nothing/changelog.xml",
                    RegistrySchema.class.getClassLoader());
            fail("expected a failure");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("nothing"));
        }
    }

    private static long next(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("VALUES (NEXT VALUE FOR service_teams_seq)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
