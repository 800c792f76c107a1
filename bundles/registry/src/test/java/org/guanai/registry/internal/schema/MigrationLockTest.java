package org.guanai.registry.internal.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.awaitility.Awaitility;
import org.guanai.registry.api.operations.MigrationLockDTO;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** A migration lock left by a crashed migration: waited for while fresh, released when stale or by command. */
public class MigrationLockTest {

    private static EmbeddedDataSource dataSource;

    @BeforeClass
    public static void migratedDatabase() {
        dataSource = TestDatabase.emptyDataSource();
        RegistrySchema.migrate(LiquibaseSchemaMigrator.on(dataSource));
    }

    @AfterClass
    public static void shutdown() {
        TestDatabase.shutdown(dataSource);
    }

    @Test
    public void aLockOlderThanTheStaleTimeIsReleasedAndTheMigrationGoesOn() throws Exception {
        lock(Instant.now().minus(Duration.ofMinutes(6)), "crashed-host (10.0.0.9)");
        LiquibaseSchemaMigrator migrator = migrator();

        assertEquals(0, RegistrySchema.migrate(migrator));
        assertFalse("released", migrator.lock().isPresent());
        assertEquals(PartState.READY, part(migrator).state);
    }

    @Test
    public void aFreshLockIsWaitedForUntilAnAdministratorReleasesIt() throws Exception {
        Instant granted = Instant.now().minusSeconds(30);
        lock(granted, "other-host (10.0.0.8)");
        LiquibaseSchemaMigrator migrator = migrator();
        CompletableFuture<Integer> migration = CompletableFuture.supplyAsync(() -> RegistrySchema.migrate(migrator));

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> migrator.parts().stream().anyMatch(p -> p.state == PartState.WAITING_FOR_LOCK));
        PartStatusDTO waiting = part(migrator);
        assertTrue(waiting.detail, waiting.detail.contains("registry:schema-unlock"));
        assertTrue(waiting.detail, waiting.detail.startsWith("等待数据库迁移锁（自 "));
        String english = waiting.detail(java.util.Locale.ENGLISH);
        assertTrue(english, english.startsWith("waiting for the schema migration lock held since ")
                && english.endsWith(", or now with registry:schema-unlock"));
        MigrationLockDTO held = migrator.lock().orElseThrow();
        assertEquals("other-host (10.0.0.8)", held.lockedBy);
        assertEquals(granted.plus(Duration.ofMinutes(5)).toEpochMilli() / 1000, held.staleAt.toEpochMilli() / 1000);
        assertFalse(migration.isDone());

        assertEquals("other-host (10.0.0.8)", migrator.releaseLock().orElseThrow().lockedBy);
        assertEquals(Integer.valueOf(0), migration.get(60, TimeUnit.SECONDS));
        assertEquals(PartState.READY, part(migrator).state);
        assertFalse("nothing left to release", migrator.releaseLock().isPresent());
    }

    @Test
    public void aDataHomeWithoutItsDatabaseStopsTheMigrationWithTheReason() {
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator(dataSource, () -> {
            throw new SchemaNotReadyException(PartState.FAILED, "数据主目录中没有数据库 no database");
        }, Clock.systemUTC());
        try {
            RegistrySchema.migrate(migrator);
            fail("expected a refusal");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("no database"));
        }
        PartStatusDTO part = part(migrator);
        assertEquals(PartState.FAILED, part.state);
        assertTrue(part.detail, part.detail.contains("no database"));
    }

    private static LiquibaseSchemaMigrator migrator() {
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator(dataSource, () -> { }, Clock.systemUTC());
        migrator.staleAfter(Duration.ofMinutes(5));
        return migrator;
    }

    private static PartStatusDTO part(LiquibaseSchemaMigrator migrator) {
        return migrator.parts().stream().filter(p -> p.name.equals(RegistrySchema.MODULE_ID)).findFirst().orElseThrow();
    }

    /** As a migration that crashed leaves it. */
    private static void lock(Instant granted, String by) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = ?, LOCKEDBY = ? WHERE ID = 1")) {
            s.setTimestamp(1, Timestamp.from(granted));
            s.setString(2, by);
            assertEquals(1, s.executeUpdate());
        }
    }
}
