package org.guanai.itests.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.Assume;
import org.junit.Test;

/**
 * Group 1, the demo county (issue #15): the first start of {@code bin/guanai-demo} (seed 1, scale 1: 29,799 persons in
 * 18,598 households), which the demo bundle loads through the roster import, against a raw JDBC batch insert of the
 * same county's roster into the same empty schema. The figure is the load itself, as the demo's first-start marker
 * records it (from the generated county to the last service record); the boot before it is group 3's.
 *
 * <p>Needs the demo module's generator on the classpath (profile {@code bench-demo}); skipped without it.
 */
public class DemoBench {
    /** What the demo's marker records of its load: {@code ... millis=12345]}. */
    private static final Pattern MILLIS = Pattern.compile("millis=(\\d+)");

    @Test
    public void demoCountyLoadVersusRawJdbc() throws Exception {
        Assume.assumeFalse("bench.db=postgres: only the REST and import groups run on PostgreSQL", BenchSettings.POSTGRES);
        Class<?> county;
        try {
            county = Class.forName("org.guanai.demo.generator.SyntheticCounty");
        } catch (ClassNotFoundException e) {
            Assume.assumeNoException("guanai-demo is not on the classpath", e);
            return;
        }
        Files.createDirectories(BenchSettings.WORK);
        Results r = new Results("1", "group1-demo");
        try (Karaf karaf = Distributions.guanai(BenchSettings.WORK)) {
            Method generate = county.getMethod("generate", long.class, double.class, double.class);
            Object generated = generate.invoke(null, 1L, 1.0, 0.0);
            Path csv = BenchSettings.WORK.resolve("demo-county-" + UUID.randomUUID() + ".csv");
            county.getMethod("writeRosterCsv", Path.class).invoke(generated, csv);
            county.getMethod("writeDivisionsCsv", Path.class).invoke(generated, karaf.home.resolve("etc/guanai-divisions.csv"));
            int persons = ((Number) county.getMethod("personCount").invoke(generated)).intValue();
            karaf.start(karaf::guanaiReady);
            karaf.stop();
            Path template = BenchSettings.WORK.resolve("demo-template-" + UUID.randomUUID());
            ImportBench.copyTree(karaf.derbyDatabase(), template);

            double[] raw = new double[BenchSettings.RUNS];
            for (int run = 0; run < raw.length; run++) {
                ImportBench.restore(template, karaf.derbyDatabase());
                long t0 = System.nanoTime();
                try (RawJdbcLoader loader = RawJdbcLoader.open(karaf.derbyDatabase())) {
                    loader.load(Roster.readCsv(csv));
                }
                raw[run] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) / 1000.0;
            }

            // what bin/guanai-demo does: the demo feature at the first start, the load asked by system property
            Path cfg = karaf.home.resolve("etc/org.apache.karaf.features.cfg");
            List<String> boot = new ArrayList<>(Distributions.bootFeatures(cfg));
            boot.add("guanai-demo");
            karaf.setProperty("etc/org.apache.karaf.features.cfg", "featuresBoot", String.join(", ", boot));
            karaf.appendLine("bin/setenv", "export EXTRA_JAVA_OPTS=\"-Dguanai.demo.load=1 -Dguanai.demo.seed=1 ${EXTRA_JAVA_OPTS:-}\"");
            double[] demo = new double[BenchSettings.RUNS];
            for (int run = 0; run < demo.length; run++) {
                ImportBench.restore(template, karaf.derbyDatabase());
                BootBench.deleteTree(karaf.home.resolve("data")); // a first start: boot features installed, no marker
                karaf.start(karaf::guanaiReady);
                Path marker = karaf.home.resolve("data/guanai-demo.loaded");
                Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> Files.exists(marker) && Files.readString(marker).contains("\n"));
                String done = Files.readString(marker);
                Matcher m = MILLIS.matcher(done);
                if (!m.find()) {
                    throw new AssertionError("the demo county did not load: " + done + " (see " + karaf.karafLog() + ")");
                }
                demo[run] = Long.parseLong(m.group(1)) / 1000.0;
                if (run == 0) {
                    r.note("demo county: " + done.strip());
                }
                karaf.stop();
            }
            r.add(String.format("demo county load (%,d persons, first start through the roster import)", persons), demo, "s",
                    "raw JDBC batch insert of the same county's roster", raw);
            r.write();
            BootBench.deleteTree(template);
            BootBench.deleteTree(karaf.home.getParent());
        }
    }
}
