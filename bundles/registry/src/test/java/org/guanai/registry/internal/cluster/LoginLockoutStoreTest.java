package org.guanai.registry.internal.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guanai.registry.api.security.LoginFailureDTO;
import org.guanai.registry.internal.schema.LiquibaseSchemaMigrator;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class LoginLockoutStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static TestDatabase db;

    @BeforeClass
    public static void open() {
        db = TestDatabase.create("guanai-registry", ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)));
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    /** One node: its own store (its own sweep), the shared table. */
    private static LoginLockoutStore node(Instant now) {
        return new LoginLockoutStore(db.jpa, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String account() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    public void failuresThroughTwoNodesAddUpAndTheLockHoldsOnBoth() {
        String name = account();
        for (int i = 1; i <= 4; i++) {
            LoginFailureDTO f = node(NOW.plusSeconds(i)).failed(name, 5, WINDOW, LOCK);
            assertEquals(i, f.count);
            assertFalse(f.locked);
        }
        LoginFailureDTO fifth = node(NOW.plusSeconds(5)).failed(name, 5, WINDOW, LOCK); // "the other node"
        assertEquals(5, fifth.count);
        assertTrue(fifth.locked);
        assertTrue(node(NOW.plusSeconds(6)).isLocked(name));
        assertTrue(node(NOW.plus(LOCK)).isLocked(name));
        assertFalse(node(NOW.plus(LOCK).plusSeconds(6)).isLocked(name));
        // after the lock, counting starts over
        LoginFailureDTO again = node(NOW.plus(LOCK).plusSeconds(7)).failed(name, 5, WINDOW, LOCK);
        assertEquals(1, again.count);
        assertFalse(again.locked);
    }

    @Test
    public void failuresOutsideTheWindowStartOverAndASuccessForgivesThem() {
        String name = account();
        node(NOW).failed(name, 3, WINDOW, LOCK);
        node(NOW.plusSeconds(1)).failed(name, 3, WINDOW, LOCK);
        assertEquals(1, node(NOW.plus(WINDOW).plusSeconds(2)).failed(name, 3, WINDOW, LOCK).count);
        node(NOW.plus(WINDOW).plusSeconds(3)).succeeded(name);
        assertEquals(1, node(NOW.plus(WINDOW).plusSeconds(4)).failed(name, 3, WINDOW, LOCK).count);
    }

    @Test
    public void aSuccessDoesNotLiftALock() {
        String name = account();
        assertTrue(node(NOW).failed(name, 1, WINDOW, LOCK).locked);
        node(NOW.plusSeconds(1)).succeeded(name);
        assertTrue(node(NOW.plusSeconds(2)).isLocked(name));
    }

    @Test
    public void concurrentFailuresAllCountAndExactlyOneLocks() throws Exception {
        String name = account();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LoginFailureDTO>> failures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                failures.add(pool.submit(() -> node(NOW).failed(name, 8, WINDOW, LOCK)));
            }
            int lockedBy = 0;
            int highest = 0;
            for (Future<LoginFailureDTO> f : failures) {
                LoginFailureDTO d = f.get();
                highest = Math.max(highest, d.count);
                lockedBy += d.locked ? 1 : 0;
            }
            assertEquals(8, highest);
            assertTrue(node(NOW).isLocked(name));
            assertTrue(lockedBy >= 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
