package org.guanai.itests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Groups 3 and 4 (issue #5): boot of the Guanai distribution to REST-ready against stock Apache
 * Karaf 4.4.10 booting the same third-party features to its HTTP port answering; the time to install
 * one module ({@code feature:install guanai-health} through {@code bin/client}) against a trivial
 * console command; resident memory after boot against stock Karaf's. Every run unpacks both
 * distributions afresh; each figure is the median of {@code bench.runs} runs.
 */
public class BootBench {
    private static Karaf reference;

    @BeforeClass
    public static void referenceDistribution() throws Exception {
        Assume.assumeFalse("bench.db=postgres: only the REST and import groups run on PostgreSQL", BenchSettings.POSTGRES);
        Files.createDirectories(BenchSettings.WORK);
        // an unpacked Guanai whose system/ folder serves stock Karaf the same bundles, offline
        reference = Karaf.unpack(BenchSettings.GUANAI, BenchSettings.WORK, "reference");
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        if (reference != null) {
            deleteTree(reference.home.getParent());
        }
    }

    @Test
    public void bootInstallAndMemory() throws Exception {
        int n = BenchSettings.RUNS;
        double[] gFirstReady = new double[n];
        double[] gFirstHttp = new double[n];
        double[] gFirstDone = new double[n];
        double[] gFirstSteady = new double[n];
        double[] gRestartSteady = new double[n];
        double[] gRestart = new double[n];
        double[] gRss = new double[n];
        double[] gRssRestart = new double[n];
        double[] clientTrivial = new double[n];
        double[] install = new double[n];
        double[] installRest = new double[n];
        double[] sFirstHttp = new double[n];
        double[] sFirstDone = new double[n];
        double[] sRestart = new double[n];
        double[] sRss = new double[n];
        double[] sRssRestart = new double[n];

        for (int run = 0; run < n; run++) {
            try (Karaf guanai = Distributions.guanai(BenchSettings.WORK)) {
                long[] http = new long[1];
                long t0 = System.nanoTime();
                gFirstReady[run] = guanai.start(() -> {
                    if (http[0] == 0 && guanai.httpAnswers()) {
                        http[0] = System.nanoTime();
                    }
                    return http[0] != 0 && guanai.guanaiReady();
                });
                gFirstHttp[run] = TimeUnit.NANOSECONDS.toMillis(http[0] - t0);
                gFirstSteady[run] = TimeUnit.NANOSECONDS.toMillis(guanai.settle() - t0);
                gRss[run] = guanai.residentMiB();
                gFirstDone[run] = provisioned(guanai, t0);

                clientTrivial[run] = guanai.client("shell:echo bench");
                long i0 = System.nanoTime();
                install[run] = guanai.client("feature:install guanai-health");
                Awaitility.await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                        .until(() -> guanai.status("/api/v1/health/campaigns", true) == 200);
                installRest[run] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - i0);

                guanai.stop();
                long r0 = System.nanoTime();
                gRestart[run] = guanai.start(guanai::guanaiReady);
                gRestartSteady[run] = TimeUnit.NANOSECONDS.toMillis(guanai.settle() - r0);
                gRssRestart[run] = guanai.residentMiB();
                guanai.stop();
                deleteTree(guanai.home.getParent());
            }
            try (Karaf stock = Distributions.stock(BenchSettings.WORK, reference)) {
                long t0 = System.nanoTime();
                sFirstHttp[run] = stock.start(stock::httpAnswers);
                sRss[run] = stock.residentMiB();
                sFirstDone[run] = provisioned(stock, t0);
                stock.stop();
                sRestart[run] = stock.start(stock::httpAnswers);
                sRssRestart[run] = stock.residentMiB();
                stock.stop();
                deleteTree(stock.home.getParent());
            }
            System.out.printf("[bench] boot run %d: guanai ready %.0f ms, stock http %.0f ms%n", run + 1, gFirstReady[run], sFirstHttp[run]);
        }

        Results r = new Results("3", "group3-boot");
        String stockHttp = "stock Karaf 4.4.10 + same features: HTTP answers";
        r.add("first boot to REST-ready (status + authenticated read)", gFirstReady, "ms", stockHttp, sFirstHttp);
        r.add("first boot to REST steady (no miss for 3 s after)", gFirstSteady, "ms", stockHttp, sFirstHttp);
        r.add("first boot to HTTP port answering", gFirstHttp, "ms", stockHttp, sFirstHttp);
        r.add("first boot: features provisioned (karaf.log Done.)", gFirstDone, "ms", "stock: features provisioned", sFirstDone);
        r.add("restart to REST-ready", gRestart, "ms", "stock restart: HTTP answers", sRestart);
        r.add("restart to REST steady", gRestartSteady, "ms", "stock restart: HTTP answers", sRestart);
        r.add("feature:install guanai-health via bin/client", install, "ms", "bin/client shell:echo (trivial)", clientTrivial);
        r.add("feature:install guanai-health until its REST answers", installRest, "ms", "bin/client shell:echo (trivial)", clientTrivial);
        r.note("stock Karaf is measured to its HTTP port answering (any status): it has no REST resource of its own");
        r.write();

        Results m = new Results("4", "group4-memory-boot");
        m.add("RSS after first boot (REST-ready)", gRss, "MiB", "stock Karaf + same features after boot", sRss);
        m.add("RSS after restart (REST-ready)", gRssRestart, "MiB", "stock Karaf + same features after restart", sRssRestart);
        m.write();
    }

    /**
     * Milliseconds from {@code t0} until the features service logged that the boot features are
     * provisioned: the last "Done." line of karaf.log (read from the line's own time stamp),
     * once no new one has come for 3 s; NaN if none comes.
     */
    private static double provisioned(Karaf karaf, long t0) {
        Path log = karaf.karafLog();
        long startedEpochMillis = System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        String[] last = new String[1];
        try {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions().until(() -> lastDone(log) != null);
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> {
                        String now = lastDone(log);
                        boolean same = now.equals(last[0]);
                        last[0] = now;
                        return same;
                    });
            Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions().until(() -> last[0].equals(lastDone(log)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return Double.NaN;
        }
        LocalDateTime stamp = LocalDateTime.parse(last[0].substring(0, 23).replace(' ', 'T').replace(',', '.'));
        return stamp.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli() - startedEpochMillis;
    }

    private static String lastDone(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.endsWith("| Done.")).reduce((a, b) -> b).orElse(null);
        }
    }

    static void deleteTree(Path dir) throws Exception {
        if (dir != null && Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
