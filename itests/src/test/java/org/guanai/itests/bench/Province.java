package org.guanai.itests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The registry of {@code -Dbench.db=postgres}, built once per benchmark JVM and shared by RestBench and ImportBench:
 * a PostgreSQL database whose schema the distribution's first start created (on the province's division list,
 * {@link BenchCounty#writeProvinceDivisions}), filled with {@code bench.persons} persons (1,000,000) by
 * {@link RawJdbcLoader} and then VACUUM ANALYZEd. It is the template every run copies its registry from
 * ({@link #freshRegistry}). One generator makes the registry and, after it, the {@code bench.import.persons}
 * (100,000) persons of the import roster, so the roster's ID numbers and 户编号 are new to the registry.
 */
final class Province {
    static final int TOWNSHIPS = Integer.getInteger("bench.townships", 450);
    static final int VILLAGES_PER_TOWNSHIP = Integer.getInteger("bench.villages.per.township", 10);
    private static final String TEMPLATE = "guanai_province";
    private static Province built;

    final BenchPostgres postgres;
    final Path divisions;
    final Path importCsv;
    final int importPersons;
    final RawJdbcLoader.Loaded registry;
    final List<String> townships = new ArrayList<>();
    final List<String> namePrefixes = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private Province(BenchPostgres postgres, Path divisions, Path importCsv, int importPersons, RawJdbcLoader.Loaded registry) {
        this.postgres = postgres;
        this.divisions = divisions;
        this.importCsv = importCsv;
        this.importPersons = importPersons;
        this.registry = registry;
    }

    static synchronized Province get() throws Exception {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static Province build() throws Exception {
        Files.createDirectories(BenchSettings.WORK);
        BenchPostgres pg = BenchPostgres.shared();
        pg.recreate(TEMPLATE, null);
        Path divisions = BenchSettings.WORK.resolve("province-divisions.csv");
        BenchCounty.writeProvinceDivisions(divisions, TOWNSHIPS, VILLAGES_PER_TOWNSHIP);

        long t0 = System.nanoTime();
        try (Karaf karaf = distribution(pg, TEMPLATE, divisions)) {
            karaf.start(karaf::guanaiReady);   // the schema and the divisions
            karaf.stop();
            BootBench.deleteTree(karaf.home.getParent());
        }
        long schema = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

        t0 = System.nanoTime();
        Roster all = BenchCounty.generate(BenchSettings.SEED, BenchSettings.PERSONS + BenchSettings.IMPORT_PERSONS, divisions);
        Roster[] parts = all.split(BenchSettings.PERSONS);
        Path csv = BenchSettings.WORK.resolve("province-import-" + BenchSettings.IMPORT_PERSONS + ".csv");
        parts[1].writeCsv(csv);
        long generated = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

        t0 = System.nanoTime();
        RawJdbcLoader.Loaded loaded;
        try (RawJdbcLoader loader = RawJdbcLoader.open(pg, TEMPLATE)) {
            loaded = loader.load(parts[0]);
        }
        long load = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        t0 = System.nanoTime();
        pg.vacuumAnalyze(TEMPLATE);
        long vacuum = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

        Province p = new Province(pg, divisions, csv, parts[1].personCount(), loaded);
        Set<String> townships = new LinkedHashSet<>();
        for (Roster.Household h : parts[0].households) {
            townships.add(h.township);
            for (Roster.Member m : h.members) {
                if (p.namePrefixes.size() < 5000) {
                    p.namePrefixes.add(m.name.substring(0, 2));
                }
            }
        }
        p.townships.addAll(townships);
        p.notes.add(String.format("province registry on PostgreSQL: %d persons, %d households, %d migrant members, %d guardianships"
                + " over %d townships of %d villages (one county code, 30 counties' worth of townships); schema by the"
                + " distribution's first start %d ms, roster generated %d ms, raw JDBC load (multi-row INSERT batches) %d ms,"
                + " VACUUM ANALYZE %d ms", loaded.persons, loaded.households, loaded.migrants, loaded.guardianships,
                townships.size(), VILLAGES_PER_TOWNSHIP, schema, generated, load, vacuum));
        p.notes.forEach(n -> System.out.println("[bench] " + n));
        return p;
    }

    /** A distribution on database {@code database}, serving the province's division list. */
    static Karaf distribution(BenchPostgres pg, String database, Path divisions) throws Exception {
        Karaf karaf = Distributions.guanai(BenchSettings.WORK).withPostgres(pg.url(database), pg.user(), pg.password());
        Files.copy(divisions, karaf.home.resolve("etc/guanai-divisions.csv"), StandardCopyOption.REPLACE_EXISTING);
        return karaf;
    }

    /** Database {@code name} made anew as a copy of the loaded registry. */
    void freshRegistry(String name) throws Exception {
        postgres.recreate(name, TEMPLATE);
    }
}
