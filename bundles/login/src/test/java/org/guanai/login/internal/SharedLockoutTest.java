package org.guanai.login.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.guanai.registry.api.security.LoginFailureDTO;
import org.guanai.registry.api.security.LoginLockouts;
import org.guanai.testing.fakes.RecordedAudit;
import org.junit.Test;

/**
 * Two nodes' guards over one shared lockout count (the registry's table, here a map): failures through both
 * add up, a lock through one holds on the other, and a shared count that fails leaves each node its own.
 */
public class SharedLockoutTest {

    /** The shared count as the registry keeps it: failures per account, locked or not (no clock: locks last). */
    static final class SharedCount implements LoginLockouts {
        final Map<String, Integer> failures = new HashMap<>();
        final Map<String, Boolean> locked = new HashMap<>();
        boolean down;

        private void check() {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
        }

        @Override
        public synchronized boolean isLocked(String account) {
            check();
            return locked.getOrDefault(account, false);
        }

        @Override
        public synchronized LoginFailureDTO failed(String account, int limit, Duration window, Duration lock) {
            check();
            int n = failures.merge(account, 1, Integer::sum);
            if (n >= limit) {
                failures.remove(account);
                locked.put(account, true);
                return new LoginFailureDTO(n, true);
            }
            return new LoginFailureDTO(n, false);
        }

        @Override
        public synchronized void succeeded(String account) {
            check();
            failures.remove(account);
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000_000L);
    private final SharedCount shared = new SharedCount();
    private final RecordedAudit audit = new RecordedAudit();
    private final List<String> lockedOutOnA = new ArrayList<>();

    private LoginGuard node(List<String> lockedOut) {
        return new LoginGuard(new LoginThrottle(LoginThrottle.Settings.DEFAULT, clock::get), () -> shared, () -> audit,
                lockedOut::add);
    }

    @Test
    public void failuresThroughTwoNodesAddUpAndTheLockHoldsOnBoth() {
        LoginGuard a = node(lockedOutOnA);
        LoginGuard b = node(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            a.failed("Lina", "rest 10.0.0.1");
        }
        b.failed("lina", "ssh 10.0.0.2");
        assertFalse(a.isLocked("lina"));
        b.failed("LINA", "ssh 10.0.0.2"); // the fifth, through b: neither node alone counted five
        assertTrue(b.isLocked("lina"));
        assertTrue("a lock through b holds on a", a.isLocked("lina"));
        assertEquals(5, audit.events.size());
        assertTrue(audit.events.get(4).detail(), audit.events.get(4).detail().contains("now locked"));
    }

    @Test
    public void aSharedCountThatFailsLeavesEachNodeItsOwn() {
        LoginGuard a = node(lockedOutOnA);
        shared.down = true;
        for (int i = 0; i < 5; i++) {
            a.failed("lina", "rest 10.0.0.1");
        }
        assertTrue(a.isLocked("lina"));
        assertEquals(List.of("lina"), lockedOutOnA);
    }

    @Test
    public void oddNamesHaveAKeyTheDatabaseTakes() {
        assertEquals("lina", LoginThrottle.sharedKey("LiNa"));
        String odd = LoginThrottle.sharedKey("li\u0000na");
        assertTrue(odd, odd.startsWith("sha256:") && odd.length() <= 200 && odd.chars().noneMatch(c -> c < 0x20));
        String longName = LoginThrottle.sharedKey("x".repeat(10_000));
        assertTrue(longName, longName.startsWith("sha256:") && longName.length() <= 200);
        assertFalse(longName.equals(LoginThrottle.sharedKey("y".repeat(10_000))));
    }
}
