package org.guanai.testing.exam;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;

/**
 * Waits until a condition has held without a break for a while. The JAX-RS whiteboard redeploys the
 * application each time another resource registers, and a request in between gets 404: right after a boot,
 * the first 200 does not yet mean the REST API is up.
 */
public final class Steady {

    private Steady() {
    }

    /**
     * Polls {@code ready} until it has been true for {@code steadyFor} in a row, for at most {@code atMost};
     * returns the nanoTime of the first success of that run.
     */
    public static long await(Duration atMost, Duration steadyFor, Callable<Boolean> ready) {
        long[] since = {0};
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            boolean ok;
            try {
                ok = ready.call();
            } catch (Exception e) {
                ok = false;
            }
            long now = System.nanoTime();
            if (!ok) {
                since[0] = 0;
                return false;
            }
            if (since[0] == 0) {
                since[0] = now;
            }
            return now - since[0] >= steadyFor.toNanos();
        });
        return since[0];
    }
}
