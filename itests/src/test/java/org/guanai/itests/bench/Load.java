package org.guanai.itests.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Closed-loop HTTP load: {@code threads} clients, each sending its next request as soon as the
 * previous answer is read, for a fixed window; latency of every request, throughput of the window.
 */
final class Load {
    /** One window's figures. */
    static final class Window {
        final long requests;
        final double throughput;   // requests per second
        final double p50;          // milliseconds
        final double p95;
        final double p99;

        Window(long requests, double seconds, long[] nanos) {
            this.requests = requests;
            this.throughput = requests / seconds;
            Arrays.sort(nanos);
            this.p50 = percentile(nanos, 0.50);
            this.p95 = percentile(nanos, 0.95);
            this.p99 = percentile(nanos, 0.99);
        }

        private static double percentile(long[] sorted, double q) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Load() {
    }

    /**
     * Runs one window; {@code request} builds each request from a per-thread random source. Any answer
     * other than 200 fails the benchmark: a figure of failing requests means nothing.
     */
    static Window run(Function<ThreadLocalRandom, HttpRequest> request, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicReference<String> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] lat = new long[4096];
                int n = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline && failure.get() == null) {
                    HttpRequest r = request.apply(random);
                    long s = System.nanoTime();
                    HttpResponse<byte[]> reply = HTTP.send(r, HttpResponse.BodyHandlers.ofByteArray());
                    long e = System.nanoTime();
                    if (reply.statusCode() != 200) {
                        failure.compareAndSet(null, r.uri() + " -> " + reply.statusCode() + ": "
                                + new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8));
                        break;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = e - s;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long total = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            long[] l = f.get();
            all.add(l);
            total += l.length;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        if (failure.get() != null) {
            throw new AssertionError("request failed during the benchmark: " + failure.get());
        }
        long[] merged = new long[(int) total];
        int at = 0;
        for (long[] l : all) {
            System.arraycopy(l, 0, merged, at, l.length);
            at += l.length;
        }
        return new Window(total, elapsed, merged);
    }
}
