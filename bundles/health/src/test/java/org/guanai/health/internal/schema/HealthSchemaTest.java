package org.guanai.health.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.guanai.testing.LiquibaseTestMigrator;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class HealthSchemaTest {

    private static final int HEALTH_CHANGESETS = 5;

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
        LiquibaseTestMigrator migrator = new LiquibaseTestMigrator(dataSource);
        assertEquals(HEALTH_CHANGESETS, new HealthSchema(migrator).applied());
        assertEquals("a second start of the component applies nothing", 0, new HealthSchema(migrator).applied());
        assertEquals(0, migrator.migrate(HealthSchema.MODULE_ID, HealthSchema.CHANGELOG,
                HealthSchema.class.getClassLoader()));

        List<String> tables = tables();
        for (String table : List.of("HEALTH_CAMPAIGNS", "HEALTH_CAMPAIGN_TOWNSHIPS", "HEALTH_CAMPAIGN_SITES",
                "HEALTH_CHECKS", "HEALTH_TALKS", "HEALTH_TALK_ATTENDEES")) {
            assertTrue(table + " in " + tables, tables.contains(table));
        }
        for (String table : tables) {
            assertTrue("only health_ tables (and Liquibase's): " + table,
                    table.startsWith("HEALTH_") || table.startsWith("DATABASECHANGELOG"));
        }
    }

    @Test
    public void checksAreIndexedForTheirQueries() throws Exception {
        new HealthSchema(new LiquibaseTestMigrator(dataSource));
        Set<String> checkIndexes = indexedColumns("HEALTH_CHECKS");
        for (String column : List.of("PERSON_ID", "CHECKED_ON", "CAMPAIGN_ID", "FOLLOW_UP_DUE")) {
            assertTrue(column + " in " + checkIndexes, checkIndexes.contains(column));
        }
        assertTrue(indexedColumns("HEALTH_TALK_ATTENDEES").contains("PERSON_ID"));
    }

    @Test
    public void personIdIsAPlainColumnWithoutForeignKeyToTheRegistry() throws Exception {
        new HealthSchema(new LiquibaseTestMigrator(dataSource));
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : List.of("HEALTH_CHECKS", "HEALTH_TALK_ATTENDEES", "HEALTH_TALKS")) {
                try (ResultSet keys = meta.getImportedKeys(null, null, table)) {
                    while (keys.next()) {
                        assertTrue(table + " refers only to health tables: " + keys.getString("PKTABLE_NAME"),
                                keys.getString("PKTABLE_NAME").startsWith("HEALTH_"));
                        assertFalse(keys.getString("FKCOLUMN_NAME").equals("PERSON_ID"));
                    }
                }
            }
        }
    }

    @Test
    public void sequencesHandOutBlocksOfFifty() throws Exception {
        new HealthSchema(new LiquibaseTestMigrator(dataSource));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sequence : List.of("health_campaigns_seq", "health_checks_seq", "health_talks_seq")) {
                long first = next(s, sequence);
                assertEquals(sequence, 50, next(s, sequence) - first);
            }
        }
    }

    private static long next(Statement s, String sequence) throws Exception {
        try (ResultSet rs = s.executeQuery("VALUES (NEXT VALUE FOR " + sequence + ")")) {
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

    private static Set<String> indexedColumns(String table) throws Exception {
        Set<String> columns = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                if (rs.getShort("ORDINAL_POSITION") == 1) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
