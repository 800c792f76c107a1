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
     * 009-province-indexes: 1, 010-postgres-name-pattern: 1 (PostgreSQL's only: marked ran on Derby),
     * 011-schema-fingerprints: 1.
     */
    private static final int REGISTRY_CHANGESETS = 20;

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

    /**
     * A start whose changelog is unchanged does not run Liquibase: shown by taking a changeset's row out of
     * DATABASECHANGELOG, which Liquibase would apply again (and fail on: its table is there). Once the recorded
     * fingerprint differs, Liquibase runs again.
     */
    @Test
    public void anUnchangedChangelogSkipsLiquibaseAndAChangedOneRunsIt() throws Exception {
        EmbeddedDataSource own = TestDatabase.emptyDataSource();
        try {
            ClassLoader loader = RegistrySchema.class.getClassLoader();
            assertEquals(REGISTRY_CHANGESETS, LiquibaseSchemaMigrator.on(own).migrate("registry", RegistrySchema.CHANGELOG, loader));
            try (Connection c = own.getConnection(); Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("DELETE FROM databasechangelog WHERE id = 'registry-011-schema-fingerprints'"));
                try (ResultSet rs = s.executeQuery("SELECT fingerprint FROM schema_fingerprints WHERE module_id = 'registry'")) {
                    assertTrue(rs.next());
                    assertEquals(SchemaFingerprint.of(RegistrySchema.CHANGELOG, loader), rs.getString(1));
                }
            }

            assertEquals(0, LiquibaseSchemaMigrator.on(own).migrate("registry", RegistrySchema.CHANGELOG, loader));

            try (Connection c = own.getConnection(); Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE schema_fingerprints SET fingerprint = 'an older release'"
                        + " WHERE module_id = 'registry'"));
            }
            try {
                LiquibaseSchemaMigrator.on(own).migrate("registry", RegistrySchema.CHANGELOG, loader);
                fail("Liquibase ran and found changeset 011's table there");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("registry"));
            }
        } finally {
            TestDatabase.shutdown(own);
        }
    }

    @Test
    public void theFingerprintCoversEveryIncludedFile() {
        ClassLoader loader = RegistrySchema.class.getClassLoader();
        String original = SchemaFingerprint.of(RegistrySchema.CHANGELOG, loader);
        assertTrue(original, original.matches("[0-9a-f]{64}"));
        assertEquals(original, SchemaFingerprint.of(RegistrySchema.CHANGELOG, loader));

        ClassLoader edited = new ClassLoader(loader) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                java.io.InputStream in = super.getResourceAsStream(name);
                if (!name.endsWith("/005-division-source.xml")) {
                    return in;
                }
                try (in) {
                    byte[] bytes = (new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    return new java.io.ByteArrayInputStream(bytes);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        String changed = SchemaFingerprint.of(RegistrySchema.CHANGELOG, edited);
        assertTrue(changed != null && !changed.equals(original));

        ClassLoader missing = new ClassLoader(loader) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return name.endsWith("/011-schema-fingerprints.xml") ? null : super.getResourceAsStream(name);
            }
        };
        assertEquals("an include that is not there: no fingerprint, Liquibase runs", null,
                SchemaFingerprint.of(RegistrySchema.CHANGELOG, missing));
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
