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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.guanai.registry.internal.schema.LiquibaseSchemaMigrator;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.guanai.testing.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class JobLeasesTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static TestDatabase db;

    @BeforeClass
    public static void open() {
        db = TestDatabase.create("guanai-registry", ds -> RegistrySchema.migrate(LiquibaseSchemaMigrator.on(ds)));
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    private static JobLeases at(Instant now) {
        return new JobLeases(db.jpa, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String lease() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    public void theFirstNodeTakesAFreeLeaseAndTheOtherIsRefusedUntilItRunsOut() {
        String name = lease();
        assertTrue(at(NOW).take(name, "a#1", Duration.ofHours(23)));
        assertFalse(at(NOW.plusSeconds(5)).take(name, "b#1", Duration.ofHours(23)));
        assertEquals("a#1", at(NOW.plusSeconds(5)).holderOf(name).orElseThrow());
        // the holder may take it again (a longer run, its next day); the other only once it ran out
        assertTrue(at(NOW.plusSeconds(10)).take(name, "a#1", Duration.ofHours(23)));
        assertFalse(at(NOW.plus(Duration.ofHours(23))).take(name, "b#1", Duration.ofHours(23)));
        assertTrue(at(NOW.plus(Duration.ofHours(24))).take(name, "b#1", Duration.ofHours(23)));
        assertEquals("b#1", at(NOW.plus(Duration.ofHours(24))).holderOf(name).orElseThrow());
    }

    @Test
    public void aReleasedLeaseIsFreeAtOnce() {
        String name = lease();
        assertTrue(at(NOW).take(name, "a#1", Duration.ofHours(1)));
        at(NOW.plusSeconds(1)).release(name, "b#1"); // not b's: nothing happens
        assertFalse(at(NOW.plusSeconds(2)).take(name, "b#1", Duration.ofHours(1)));
        at(NOW.plusSeconds(3)).release(name, "a#1");
        assertTrue(at(NOW.plusSeconds(4)).take(name, "b#1", Duration.ofHours(1)));
    }

    @Test
    public void ofManyNodesTakingANewLeaseAtOnceExactlyOneGetsIt() throws Exception {
        String name = lease();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> takes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String node = "n" + i + "#1";
                takes.add(pool.submit((Callable<Boolean>) () -> at(NOW).take(name, node, Duration.ofHours(23))));
            }
            int won = 0;
            for (Future<Boolean> take : takes) {
                won += take.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }
}
