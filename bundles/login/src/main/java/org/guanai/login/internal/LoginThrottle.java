package org.guanai.login.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Temporary lockout of a user name after repeated failed logins: {@link Settings#failures} failures
 * within {@link Settings#windowNanos} lock it for {@link Settings#lockNanos}; a successful login
 * clears its failures. Keyed by the name as given, ignoring case (a realm that ignores case must
 * not give an attacker more guesses), never by address: a guesser has many addresses.
 *
 * <p>State is in memory and bounded: entries whose failures have left the window (and whose lock
 * has run out) are dropped, and at most {@link #MAX_USERS} names are tracked. When a flood of
 * made-up names fills the table, those with the fewest failures go first and locks go last, so
 * a flood buys an attacker next to nothing against one account.
 *
 * <p>Lockout can be used to keep a known user out for a while; that is the price of slowing
 * password guessing over the network, and it ends by itself.
 */
final class LoginThrottle {
    static final int MAX_USERS = 10_000;
    /** Longer names are tracked by a digest, so the table's size does not depend on what clients send. */
    static final int MAX_KEY_CHARS = 128;

    /** When to lock and for how long. */
    static final class Settings {
        static final Settings DEFAULT = minutes(5, 15, 15);

        final int failures;
        final long windowNanos;
        final long lockNanos;

        Settings(int failures, long windowNanos, long lockNanos) {
            if (failures < 1 || windowNanos <= 0 || lockNanos <= 0) {
                throw new IllegalArgumentException("failures, window and lock time must be positive");
            }
            this.failures = failures;
            this.windowNanos = windowNanos;
            this.lockNanos = lockNanos;
        }

        static Settings minutes(int failures, long windowMinutes, long lockMinutes) {
            return new Settings(failures, TimeUnit.MINUTES.toNanos(windowMinutes), TimeUnit.MINUTES.toNanos(lockMinutes));
        }

        long windowMinutes() {
            return TimeUnit.NANOSECONDS.toMinutes(windowNanos);
        }

        long lockMinutes() {
            return TimeUnit.NANOSECONDS.toMinutes(lockNanos);
        }

        boolean sameAs(Settings o) {
            return failures == o.failures && windowNanos == o.windowNanos && lockNanos == o.lockNanos;
        }
    }

    /** One failed login as counted: how many failures are in the window now, and whether it locked the name. */
    static final class Failure {
        final int count;
        final boolean locked;

        Failure(int count, boolean locked) {
            this.count = count;
            this.locked = locked;
        }
    }

    private final LongSupplier nanoClock;
    private final int maxUsers;
    private final Map<String, Entry> entries = new HashMap<>();
    private Settings settings;
    private long lastSweep;

    LoginThrottle(Settings settings, LongSupplier nanoClock) {
        this(settings, nanoClock, MAX_USERS);
    }

    LoginThrottle(Settings settings, LongSupplier nanoClock, int maxUsers) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.maxUsers = maxUsers;
        this.lastSweep = nanoClock.getAsLong();
    }

    synchronized Settings settings() {
        return settings;
    }

    /** New limits; current locks stay (they run for the new lock time), counted failures start over. */
    synchronized void configure(Settings newSettings) {
        if (newSettings.sameAs(settings)) {
            return;
        }
        settings = newSettings;
        entries.values().removeIf(e -> e.lockedAt == null);
        entries.values().forEach(e -> {
            e.times = new long[newSettings.failures];
            e.count = 0;
        });
    }

    /** Whether {@code user} is locked out now. */
    synchronized boolean isLocked(String user) {
        Entry e = entries.get(key(user));
        return e != null && e.lockedNow(nanoClock.getAsLong(), settings);
    }

    /** Counts a failed login of {@code user}. */
    synchronized Failure recordFailure(String user) {
        long now = nanoClock.getAsLong();
        sweepIfDue(now);
        String key = key(user);
        Entry e = entries.get(key);
        if (e == null) {
            if (entries.size() >= maxUsers) {
                makeRoom(now);
            }
            e = new Entry(settings.failures);
            entries.put(key, e);
        }
        if (e.lockedNow(now, settings)) {
            return new Failure(settings.failures, true); // only reached in a race with the lock check
        }
        e.dropOlderThanWindow(now, settings);
        e.add(now);
        if (e.count >= settings.failures) {
            int count = e.count;
            e.lockedAt = now;
            e.count = 0;
            return new Failure(count, true);
        }
        return new Failure(e.count, false);
    }

    /** A successful login: its failures are forgiven. */
    synchronized void recordSuccess(String user) {
        if (!entries.isEmpty()) {
            entries.remove(key(user));
        }
    }

    synchronized int size() {
        return entries.size();
    }

    static String key(String user) {
        String name = user == null ? "" : user.toLowerCase(Locale.ROOT);
        if (name.length() <= MAX_KEY_CHARS) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("\u0000sha256:");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The key of {@code user} in the shared lockouts ({@code login_lockouts}, a VARCHAR(200)): the same name in lower
     * case, or a digest of a long one or one with control characters (PostgreSQL's text refuses NUL).
     */
    static String sharedKey(String user) {
        String name = user == null ? "" : user.toLowerCase(Locale.ROOT);
        if (name.length() <= MAX_KEY_CHARS && name.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return name;
        }
        return key(name + "\u0000".repeat(MAX_KEY_CHARS)).substring(1);
    }

    /** At most once per window, drop what no longer matters, so a quiet server does not keep old names. */
    private void sweepIfDue(long now) {
        if (now - lastSweep >= settings.windowNanos) {
            removeStale(now);
        }
    }

    private void removeStale(long now) {
        lastSweep = now;
        entries.values().removeIf(e -> e.stale(now, settings));
    }

    /**
     * The table is full: drop stale entries, then (a flood) a tenth of the table, weakest claims
     * first: unlocked before locked, fewest failures first, the oldest first; of locks, the one
     * that ends soonest.
     */
    private void makeRoom(long now) {
        removeStale(now);
        if (entries.size() < maxUsers) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>(entries.size());
        entries.forEach((key, e) -> candidates.add(new Candidate(key, e.lockedNow(now, settings), e.count,
                e.lockedAt != null ? now - e.lockedAt : now - e.last)));
        candidates.sort(Comparator.comparing((Candidate c) -> c.locked)
                .thenComparingInt(c -> c.locked ? 0 : c.failures)
                .thenComparing(Comparator.comparingLong((Candidate c) -> c.age).reversed()));
        int target = maxUsers - Math.max(1, maxUsers / 10);
        Iterator<Candidate> it = candidates.iterator();
        while (entries.size() > target && it.hasNext()) {
            entries.remove(it.next().key);
        }
    }

    private static final class Candidate {
        final String key;
        final boolean locked;
        final int failures;
        final long age;

        Candidate(String key, boolean locked, int failures, long age) {
            this.key = key;
            this.locked = locked;
            this.failures = failures;
            this.age = age;
        }
    }

    private static final class Entry {
        /** Times of the failures in the window, oldest first. */
        long[] times;
        int count;
        long last;
        /** Clock time the lock began, or null when not locked. */
        Long lockedAt;

        Entry(int failures) {
            times = new long[failures];
        }

        boolean lockedNow(long now, Settings s) {
            if (lockedAt == null) {
                return false;
            }
            if (now - lockedAt < s.lockNanos) {
                return true;
            }
            lockedAt = null; // ran out
            return false;
        }

        void dropOlderThanWindow(long now, Settings s) {
            int keep = 0;
            for (int i = 0; i < count; i++) {
                if (now - times[i] < s.windowNanos) {
                    times[keep++] = times[i];
                }
            }
            count = keep;
        }

        void add(long now) {
            if (count == times.length) {
                System.arraycopy(times, 1, times, 0, count - 1);
                count--;
            }
            times[count++] = now;
            last = now;
        }

        boolean stale(long now, Settings s) {
            return !lockedNow(now, s) && (count == 0 || now - last >= s.windowNanos);
        }
    }
}
