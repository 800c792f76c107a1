package org.guanai.itests.bench;

import java.nio.file.Path;

/**
 * What a benchmark run is asked for, from system properties the {@code bench} profile passes on:
 * {@code bench.runs} (each figure is the median of that many runs), {@code bench.scale}
 * ({@code full} or {@code small}, a quick try-out), {@code bench.threads}, {@code bench.window}
 * and {@code bench.warmup} (seconds of the REST load windows); {@code bench.db} ({@code derby}, the default, or
 * {@code postgres}: the REST and import groups at province scale on PostgreSQL, {@link Province}) with
 * {@code bench.persons} (the registry there: 1,000,000, small 20,000).
 */
final class BenchSettings {
    static final int RUNS = Math.max(1, Integer.getInteger("bench.runs", 3));
    static final boolean SMALL = "small".equalsIgnoreCase(System.getProperty("bench.scale", "full"));
    static final int THREADS = Integer.getInteger("bench.threads", 8);
    static final int WINDOW_SECONDS = Integer.getInteger("bench.window", SMALL ? 3 : 8);
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", SMALL ? 2 : 5);
    /** Persons for the import group (issue #5: 100,000). */
    static final int IMPORT_PERSONS = Integer.getInteger("bench.import.persons", SMALL ? 5_000 : 100_000);
    /** The two registry sizes of the REST group (issue #5: 10k and 100k). */
    static final int REST_SMALL = Integer.getInteger("bench.rest.persons.small", SMALL ? 2_000 : 10_000);
    static final int REST_LARGE = Integer.getInteger("bench.rest.persons.large", SMALL ? 10_000 : 100_000);
    static final long SEED = Long.getLong("bench.seed", 20260101L);
    /** {@code -Dbench.db=postgres}: RestBench and ImportBench on PostgreSQL at province scale; the other groups are Derby's. */
    static final boolean POSTGRES = "postgres".equalsIgnoreCase(System.getProperty("bench.db", "derby").trim());
    /** The province registry of the PostgreSQL groups (issue #18: one million persons). */
    static final int PERSONS = Integer.getInteger("bench.persons", SMALL ? 20_000 : 1_000_000);

    static final Path DIR = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    static final Path WORK = Path.of(System.getProperty("bench.work", "target/bench-work")).toAbsolutePath();
    static final Path GUANAI = Path.of(System.getProperty("guanai.distribution", "target/guanai-karaf.tar.gz")).toAbsolutePath();
    static final Path STOCK = Path.of(System.getProperty("bench.stock.karaf", "target/apache-karaf.tar.gz")).toAbsolutePath();

    private BenchSettings() {
    }

    static String describe() {
        return "runs=" + RUNS + " scale=" + (SMALL ? "small" : "full") + (POSTGRES ? " db=postgres persons=" + PERSONS : " db=derby")
                + " threads=" + THREADS
                + " window=" + WINDOW_SECONDS + "s warmup=" + WARMUP_SECONDS + "s cores="
                + Runtime.getRuntime().availableProcessors();
    }
}
