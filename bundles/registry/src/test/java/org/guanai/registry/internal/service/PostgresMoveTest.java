package org.guanai.registry.internal.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.guanai.backup.move.PostgresMove;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.internal.audit.AuditServiceImpl;
import org.guanai.registry.internal.schema.LiquibaseSchemaMigrator;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.testing.TestDatabase;
import org.guanai.testing.TestPostgres;
import org.junit.Test;

/**
 * Moving a county from embedded Derby to PostgreSQL (bin/guanai-to-postgres): a Derby registry migrated and
 * written by the real services is copied into a new PostgreSQL database, every table's rows and checksum agree,
 * the registry's migrations find nothing left to run there, and the services carry on over it (ids continue
 * after Derby's). Needs the tests' PostgreSQL ({@link TestPostgres}: .ci/postgres starts it; CI always has it).
 */
public class PostgresMoveTest {

    @Test
    public void aDerbyRegistryMovesIntoAnEmptyPostgresDatabaseAndCarriesOnThere() throws Exception {
        assumeTrue("no PostgreSQL for the tests (. .ci/postgres; guanai_pg_start)", System.getenv("GUANAI_TEST_POSTGRES_URL") != null
                || System.getProperty("guanai.test.postgres.url") != null);
        TestDatabase derby = TestDatabase.createDerby("guanai-registry",
                ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)));
        String prefix = Registry.uniquePrefix();
        PersonDTO written;
        try (Registry registry = Registry.open(derby)) {
            AuditServiceImpl audit = AuditServiceImpl.withClock(derby.jpa, Clock.systemUTC(), 1095);
            PersonServiceImpl persons = new PersonServiceImpl(derby.jpa, registry.divisions, null, null, audit);
            Caller clerk = Caller.of("clerk", Set.of("county"), "10.1.2.3");
            PersonDTO woman = Registry.woman(prefix + "李芳", Registry.VILLAGE_A1);
            woman.phone = "13812345678";
            written = CallerContext.callAs(clerk, () -> persons.create(woman));
            for (int i = 0; i < 60; i++) {
                int n = i;
                CallerContext.callAs(clerk, () -> persons.create(Registry.child(prefix + "王" + n, 5 + n % 10, Registry.VILLAGE_B1)));
            }
        }

        TestPostgres.Database target = TestPostgres.server().createDatabase("guanai_move");
        try {
            EmbeddedDataSource source = new EmbeddedDataSource();
            source.setDatabaseName(((EmbeddedDataSource) derby.dataSource).getDatabaseName());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<PostgresMove.Checked> checked;
            try (Connection from = source.getConnection(); Connection to = target.connection()) {
                checked = PostgresMove.copy(from, to, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            } catch (PostgresMove.Refused e) {
                throw new AssertionError(e.getMessage() + " " + e.checked().stream().filter(c -> !c.same()).toList(), e);
            }
            Map<String, Long> rows = new java.util.TreeMap<>();
            checked.forEach(c -> rows.put(c.table(), c.rows()));
            assertTrue(checked.stream().allMatch(PostgresMove.Checked::same));
            assertEquals(Long.valueOf(61), rows.get("PERSONS"));
            assertTrue(rows.get("AUDIT_ENTRIES") >= 61);
            assertTrue(rows.get("DATABASECHANGELOG") > 0);
            assertTrue(rows.get("DIVISIONS") >= 6);
            assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("已复制 PERSONS"));

            // the second time the target is not empty: refused, nothing touched
            try (Connection from = source.getConnection(); Connection to = target.connection()) {
                PostgresMove.copy(from, to, new PrintStream(new ByteArrayOutputStream()));
                throw new AssertionError("a non-empty target must be refused");
            } catch (PostgresMove.Refused expected) {
                assertTrue(expected.getMessage(), expected.getMessage().startsWith("目标数据库不是空的"));
            }
            TestDatabase.shutdown(source);

            // Liquibase finds every changeset run; the registry works on PostgreSQL, ids after Derby's
            TestDatabase moved = TestDatabase.over(target.dataSource(), "guanai-registry",
                    ds -> assertEquals(0, RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds))));
            try (Registry registry = Registry.open(moved)) {
                PersonDTO read = registry.persons.get(written.id);
                assertEquals(written.name, read.name);
                assertEquals(written.version, read.version);
                PersonDTO more = CallerContext.callAs(Caller.of("clerk", Set.of("county"), "10.1.2.3"),
                        () -> registry.persons.create(Registry.woman(prefix + "赵敏", Registry.VILLAGE_A2)));
                assertNotNull(more.id);
                assertTrue(more.id + " after " + written.id, more.id > written.id + 60);
                assertFalse(registry.persons.get(more.id).name.isEmpty());
            }
        } finally {
            target.drop();
        }
    }
}
