package org.guanai.itests.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.awaitility.Awaitility;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Groups 2 and 4 (issue #5): REST throughput and latency with concurrent clients for a person by
 * id, a filtered page and a name search, at two registry sizes (10k and 100k persons), each beside
 * the trivial {@code /api/v1/status} of the same runtime; resident memory with 100k persons.
 *
 * <p>The persons are put into the stopped distribution's Derby database with {@link RawJdbcLoader}
 * (fast, and independent of the platform import): boot once so Liquibase creates the schema, stop,
 * insert, boot again and measure. Each endpoint gets a warm-up, then {@code bench.runs} timed windows;
 * each figure is the median over the windows. At the larger size, the health module is installed and its two
 * county-wide reports (the due list and the coverage, issue #15) are timed one request at a time beside
 * {@code /status}.
 */
public class RestBench {
    /** The demo bundle's division list, the one copy in the source tree. */
    private static final Path DEMO_DIVISIONS =
            Path.of("../bundles/demo/src/main/resources/org/guanai/demo/generator/demo-divisions.csv");
    private static Karaf karaf;
    private static Roster[] parts;

    @BeforeClass
    public static void distributionWithSchema() throws Exception {
        if (BenchSettings.POSTGRES) {
            return;   // the province registry is built by the test (Province)
        }
        Files.createDirectories(BenchSettings.WORK);
        karaf = Distributions.guanai(BenchSettings.WORK);
        // the demo county's divisions, as the tests' distributions serve them (a shipped one serves no county)
        Files.copy(DEMO_DIVISIONS, karaf.home.resolve("etc/guanai-divisions.csv"), StandardCopyOption.REPLACE_EXISTING);
        karaf.start(karaf::guanaiReady);
        karaf.stop();
        Roster county = BenchCounty.generate(BenchSettings.SEED, BenchSettings.REST_LARGE, karaf.home.resolve("etc/guanai-divisions.csv"));
        parts = county.split(BenchSettings.REST_SMALL);
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        if (karaf != null) {
            karaf.close();
            BootBench.deleteTree(karaf.home.getParent());
        }
    }

    @Test
    public void restAtTwoSizes() throws Exception {
        if (BenchSettings.POSTGRES) {
            atProvinceScale();
            return;
        }
        Results r = new Results("2", "group2-rest");
        Results m = new Results("4", "group4-memory-data");
        List<Long> ids = new ArrayList<>();
        List<String> townships = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            long t0 = System.nanoTime();
            RawJdbcLoader.Loaded loaded;
            try (RawJdbcLoader loader = RawJdbcLoader.open(karaf.derbyDatabase())) {
                loaded = loader.load(parts[part]);
            }
            ids.addAll(loaded.personIds);
            for (Roster.Household h : parts[part].households) {
                if (!townships.contains(h.township)) {
                    townships.add(h.township);
                }
                for (Roster.Member p : h.members) {
                    if (prefixes.size() < 5000) {
                        prefixes.add(p.name.substring(0, 2));
                    }
                }
            }
            String size = label(ids.size());
            r.note(String.format("raw JDBC load to %d persons (%d households, %d guardianships) in %d ms", ids.size(),
                    loaded.households, loaded.guardianships, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)));

            long boot = karaf.start(karaf::guanaiReady);
            karaf.settle();
            r.note("boot to REST-ready with " + size + " persons: " + boot + " ms");
            double rssBoot = karaf.residentMiB();

            String auth = karaf.authorization();
            List<Double> rssServing = new ArrayList<>();
            double[][] base = measure(karaf, ids, townships, prefixes, size, r, rssServing);
            if (part == 1) {
                healthReports(karaf, auth, size, r, base[1]);
                Double stock = stockRss();
                double[] stockRuns = stock == null ? null : new double[] {stock};
                String stockLabel = stock == null ? "stock Karaf RSS: run BootBench first" : "stock Karaf + same features after boot (group 4)";
                m.add("RSS after boot with " + size + " persons", new double[] {rssBoot}, "MiB", stockLabel, stockRuns);
                m.add("RSS serving " + size + " persons (after each REST window)",
                        rssServing.stream().mapToDouble(Double::doubleValue).toArray(), "MiB", stockLabel, stockRuns);
            }
            karaf.stop();
        }
        r.note(BenchSettings.THREADS + " client threads (JDK HttpClient, HTTP/1.1 keep-alive) on the same machine; /status is"
                + " anonymous, the registry reads authenticate with Basic auth as an administrator; filtered page and name search"
                + " return the first page (50)");
        r.write();
        m.write();
    }

    /**
     * The four endpoints' windows (each after its warm-up) and their figures beside /status's; returns /status's
     * [throughput, p50, p95, p99][run]. The resident memory after each window goes into {@code rss}.
     */
    private static double[][] measure(Karaf karaf, List<Long> ids, List<String> townships, List<String> prefixes, String size,
                                      Results r, List<Double> rss) throws Exception {
        String auth = karaf.authorization();
        String[] categories = {"LEFT_BEHIND_WOMAN", "LEFT_BEHIND_CHILD", "LEFT_BEHIND_ELDERLY"};
        Map<String, Function<ThreadLocalRandom, HttpRequest>> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /api/v1/status", rnd -> get(karaf, "/api/v1/status", null));
        endpoints.put("GET /api/v1/persons/{id}", rnd -> get(karaf, "/api/v1/persons/" + ids.get(rnd.nextInt(ids.size())), auth));
        endpoints.put("GET /api/v1/persons?township&category", rnd -> get(karaf, "/api/v1/persons?township="
                + townships.get(rnd.nextInt(townships.size())) + "&category=" + categories[rnd.nextInt(categories.length)], auth));
        endpoints.put("GET /api/v1/persons?name=prefix", rnd -> get(karaf, "/api/v1/persons?name="
                + URLEncoder.encode(prefixes.get(rnd.nextInt(prefixes.size())), StandardCharsets.UTF_8), auth));

        Map<String, double[][]> stats = new LinkedHashMap<>();   // endpoint -> [throughput, p50, p95, p99][run]
        for (Map.Entry<String, Function<ThreadLocalRandom, HttpRequest>> e : endpoints.entrySet()) {
            Load.run(e.getValue(), BenchSettings.THREADS, BenchSettings.WARMUP_SECONDS);
            double[][] s = new double[4][BenchSettings.RUNS];
            for (int run = 0; run < BenchSettings.RUNS; run++) {
                Load.Window w = Load.run(e.getValue(), BenchSettings.THREADS, BenchSettings.WINDOW_SECONDS);
                s[0][run] = w.throughput;
                s[1][run] = w.p50;
                s[2][run] = w.p95;
                s[3][run] = w.p99;
                rss.add(karaf.residentMiB());
            }
            stats.put(e.getKey(), s);
            System.out.printf("[bench] %s @%s: %.0f req/s, p50 %.1f ms, p95 %.1f ms%n", e.getKey(), size, Results.median(s[0]),
                    Results.median(s[1]), Results.median(s[2]));
        }
        double[][] base = stats.get("GET /api/v1/status");
        r.add("GET /api/v1/status @" + size + ": throughput", base[0], "req/s", null, null);
        for (Map.Entry<String, double[][]> e : stats.entrySet()) {
            if (e.getValue() == base) {
                continue;
            }
            String name = e.getKey().replace("GET /api/v1", "") + " @" + size;
            r.add(name + ": throughput", e.getValue()[0], "req/s", "/status throughput", base[0]);
            r.add(name + ": p50", e.getValue()[1], "ms", "/status p50", base[1]);
            r.add(name + ": p95", e.getValue()[2], "ms", "/status p95", base[2]);
            r.add(name + ": p99", e.getValue()[3], "ms", "/status p99", base[3]);
        }
        return base;
    }

    /**
     * {@code -Dbench.db=postgres}: the same endpoints over a copy of the province registry ({@link Province}: one
     * million persons over 450 townships) on PostgreSQL, one size; no health reports (group 2's Derby part has them).
     */
    private static void atProvinceScale() throws Exception {
        Province province = Province.get();
        Results r = new Results("2", "group2-rest-postgres");
        province.notes.forEach(r::note);
        String db = "guanai_bench_rest";
        province.freshRegistry(db);
        String size = label(province.registry.persons);
        try (Karaf k = Province.distribution(province.postgres, db, province.divisions)) {
            long boot = k.start(k::guanaiReady);
            k.settle();
            r.note("boot to REST-ready with " + size + " persons on PostgreSQL: " + boot + " ms");
            List<Double> rss = new ArrayList<>();
            measure(k, province.registry.personIds, province.townships, province.namePrefixes, size + " (PostgreSQL)", r, rss);
            r.note(String.format("Karaf's resident memory after the windows: %.0f-%.0f MiB", rss.stream().mapToDouble(Double::doubleValue).min()
                    .orElse(0), rss.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
            k.stop();
            BootBench.deleteTree(k.home.getParent());
        }
        province.postgres.drop(db);
        r.note(BenchSettings.THREADS + " client threads (JDK HttpClient, HTTP/1.1 keep-alive) on the same machine as Karaf and"
                + " PostgreSQL; /status is anonymous, the registry reads authenticate with Basic auth as an administrator;"
                + " filtered page and name search return the first page (50) and the total");
        r.write();
    }

    /**
     * The health module's due list and coverage over the whole county as an administrator: {@code bench.runs} single
     * requests each after one warm-up, beside the median of the /status windows of the same runtime.
     */
    private static void healthReports(Karaf karaf, String auth, String size, Results r, double[] statusP50) throws Exception {
        karaf.client("feature:install guanai-health");
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> karaf.status("/api/v1/health/campaigns", true) == 200);
        int year = LocalDate.now().getYear();
        HttpClient http = HttpClient.newHttpClient();
        for (String[] report : new String[][] {{"due", "/api/v1/health/due?year=" + year + "&limit=50"},
                {"coverage", "/api/v1/health/coverage?year=" + year}}) {
            double[] ms = new double[BenchSettings.RUNS];
            for (int run = -1; run < BenchSettings.RUNS; run++) {
                long t0 = System.nanoTime();
                HttpResponse<String> reply = http.send(get(karaf, report[1], auth), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() != 200) {
                    throw new IllegalStateException(report[1] + " answered " + reply.statusCode() + ": " + reply.body());
                }
                if (run >= 0) {
                    ms[run] = (System.nanoTime() - t0) / 1e6;
                }
            }
            r.add("GET /health/" + report[0] + " (whole county, one client) @" + size, ms, "ms", "/status p50", statusP50);
            System.out.printf("[bench] health %s @%s: %.0f ms%n", report[0], size, Results.median(ms));
        }
    }

    private static HttpRequest get(Karaf karaf, String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(karaf.uri(path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return b.build();
    }

    static String label(int persons) {
        if (persons >= 1_000_000) {
            return persons % 1_000_000 == 0 ? persons / 1_000_000 + "M" : String.format(java.util.Locale.ROOT, "%.2fM", persons / 1e6);
        }
        return persons >= 1000 ? Math.round(persons / 1000.0) + "k" : String.valueOf(persons);
    }

    /** Stock Karaf's resident memory after boot, if group 4's boot part ran into the same folder. */
    static Double stockRss() throws Exception {
        Path csv = BenchSettings.DIR.resolve("group4-memory-boot.csv");
        if (!Files.exists(csv)) {
            return null;
        }
        for (String line : Files.readAllLines(csv)) {
            if (line.startsWith("4,RSS after first boot")) {
                String[] c = line.split(",");
                return Double.valueOf(c[5]);
            }
        }
        return null;
    }
}
