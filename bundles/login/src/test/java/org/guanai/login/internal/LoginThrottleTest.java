package org.guanai.login.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class LoginThrottleTest {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    /** Starts far from zero: System.nanoTime may be negative, the throttle must only use differences. */
    private final AtomicLong clock = new AtomicLong(Long.MIN_VALUE / 2);
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Settings.DEFAULT, clock::get);

    @Test
    public void theFifthFailureWithinTheWindowLocks() {
        for (int i = 1; i <= 4; i++) {
            LoginThrottle.Failure f = throttle.recordFailure("lina");
            assertEquals(i, f.count);
            assertFalse(f.locked);
            assertFalse(throttle.isLocked("lina"));
            clock.addAndGet(MINUTE);
        }
        assertTrue(throttle.recordFailure("lina").locked);
        assertTrue(throttle.isLocked("lina"));
        assertTrue("case does not buy more guesses", throttle.isLocked("LINA"));
        assertFalse("other users are not affected", throttle.isLocked("wang"));
    }

    @Test
    public void theLockEndsAfterItsTime() {
        lock("lina");
        clock.addAndGet(15 * MINUTE - 1);
        assertTrue(throttle.isLocked("lina"));
        clock.addAndGet(1);
        assertFalse(throttle.isLocked("lina"));
        assertFalse("counting starts over", throttle.recordFailure("lina").locked);
    }

    @Test
    public void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 20; i++) {
            assertFalse(throttle.recordFailure("lina").locked);
            clock.addAndGet(4 * MINUTE); // 4 failures per 16 minutes: never 5 within 15
        }
        assertFalse(throttle.isLocked("lina"));
    }

    @Test
    public void aSuccessResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("lina");
        }
        throttle.recordSuccess("lina");
        assertEquals(0, throttle.size());
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.recordFailure("lina").locked);
        }
        assertTrue(throttle.recordFailure("lina").locked);
    }

    @Test
    public void theTableIsBoundedAndAFloodDoesNotLiftALock() {
        lock("lina");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("wang");
        }
        for (int i = 0; i < LoginThrottle.MAX_USERS * 3; i++) {
            throttle.recordFailure("random-" + i);
        }
        assertTrue(throttle.size() <= LoginThrottle.MAX_USERS);
        assertTrue(throttle.isLocked("lina"));
        assertTrue("names with more failures are kept over one-off names", throttle.recordFailure("wang").locked);
    }

    @Test
    public void oldEntriesAreDropped() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("user" + i);
        }
        lock("lina");
        clock.addAndGet(16 * MINUTE);
        throttle.recordFailure("late");
        assertEquals("only the new failure is left", 1, throttle.size());
    }

    @Test
    public void longNamesAreTrackedByDigest() {
        String longName = "x".repeat(10_000);
        assertTrue(LoginThrottle.key(longName).length() < 100);
        assertEquals(LoginThrottle.key(longName), LoginThrottle.key(longName.toUpperCase()));
        assertFalse(LoginThrottle.key(longName).equals(LoginThrottle.key(longName + "y")));
        lock(longName);
        assertTrue(throttle.isLocked(longName));
        assertFalse(throttle.isLocked(longName + "y"));
    }

    @Test
    public void newSettingsKeepLocks() {
        lock("lina");
        throttle.recordFailure("wang");
        throttle.configure(LoginThrottle.Settings.minutes(3, 10, 30));
        assertTrue(throttle.isLocked("lina"));
        clock.addAndGet(20 * MINUTE);
        assertTrue("the new lock time applies", throttle.isLocked("lina"));
        assertFalse(throttle.recordFailure("wang").locked);
        assertFalse(throttle.recordFailure("wang").locked);
        assertTrue(throttle.recordFailure("wang").locked);
    }

    private void lock(String user) {
        LoginThrottle.Failure f;
        do {
            f = throttle.recordFailure(user);
        } while (!f.locked);
    }
}
