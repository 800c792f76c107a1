package org.guanai.registry.api.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link DemoDataContributor} is asked for: the seed and scale of the demo county, the day the demo year
 * ends, and where to report progress. Immutable.
 */
public final class DemoRequest {
    private final long seed;
    private final double scale;
    private final LocalDate today;
    private final Consumer<String> progress;

    public DemoRequest(long seed, double scale, LocalDate today, Consumer<String> progress) {
        this.seed = seed;
        this.scale = scale;
        this.today = Objects.requireNonNull(today, "today");
        this.progress = progress == null ? line -> { } : progress;
    }

    /** Derive every random choice from it: the same seed gives the same data. */
    public long seed() {
        return seed;
    }

    /** The demo county's scale (1: the seed county's size); a module scales what it counts by itself. */
    public double scale() {
        return scale;
    }

    /** The last day of the demo year: data dated after it would be in the future. */
    public LocalDate today() {
        return today;
    }

    /** Reports one line of progress (for long writes). */
    public void progress(String line) {
        progress.accept(line);
    }
}
