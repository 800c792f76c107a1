package org.guanai.demo.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.guanai.demo.generator.Household;
import org.guanai.demo.generator.ServiceVisit;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.demo.generator.Team;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;

/**
 * Loads a generated county: divisions, sites, teams and volunteers, then the households (with their
 * persons and guardianships) all at once when the writer can (the roster import), else in batches on a few
 * threads, then the service records. Every write goes
 * through the {@link CountyWriter}; the loader only orders them and reports progress.
 */
final class CountyLoader {

    static final int BATCH = 50;

    /** What a load did and how long it took. */
    record Result(int households, int persons, int sites, int teams, int volunteers, int serviceRecords, long millis) {

        double personsPerSecond() {
            return millis == 0 ? persons : persons * 1000.0 / millis;
        }
    }

    private final CountyWriter writer;
    private final int threads;
    private final Consumer<String> progress;

    /**
     * @param threads writers working at once: the registry's writes mostly wait on the database's commits, so a
     *                few threads help even on two cores
     * @param progress receives one line now and then
     */
    CountyLoader(CountyWriter writer, int threads, Consumer<String> progress) {
        this.writer = writer;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    Result load(SyntheticCounty county) throws InterruptedException {
        long start = System.nanoTime();
        // the caller who started the load (absent for the start-up load: trusted internal code) writes it all
        Optional<Caller> caller = CallerContext.current();

        StringWriter csv = new StringWriter();
        try {
            county.writeDivisionsCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.divisions(csv.toString());
        progress.accept(county.townships().size() + " townships, " + (county.divisions().size() - county.townships().size())
                + " villages");

        List<Long> siteIds = new ArrayList<>();
        county.sites().forEach(s -> siteIds.add(writer.site(s)));
        List<Long> teamIds = new ArrayList<>();
        for (Team t : county.teams()) {
            long id = writer.team(t, t.site() == null ? null : siteIds.get(t.site()));
            teamIds.add(id);
            t.volunteers().forEach(v -> writer.volunteer(v, id));
        }
        progress.accept(siteIds.size() + " service sites, " + teamIds.size() + " teams, " + county.volunteerCount()
                + " volunteers");

        Function<String, Long> personIds = writer.allHouseholds(county, progress);
        if (personIds == null) {
            personIds = inBatches(county, caller, start)::get;
        }

        for (ServiceVisit v : county.serviceRecords()) {
            List<Long> ids = v.personIdNumbers().stream().map(personIds).toList();
            writer.serviceRecord(v, v.site() == null ? null : siteIds.get(v.site()),
                    v.team() == null ? null : teamIds.get(v.team()), ids);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(county.households().size(), county.personCount(), siteIds.size(), teamIds.size(), county.volunteerCount(),
                county.serviceRecords().size(), millis);
    }

    /** The households in batches of {@link #BATCH} on the loader's threads; the persons' ids by ID number. */
    private Map<String, Long> inBatches(SyntheticCounty county, Optional<Caller> caller, long start)
            throws InterruptedException {
        Map<String, Long> personIds = new ConcurrentHashMap<>();
        List<Household> households = county.households();
        int persons = county.personCount();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger personsDone = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        int step = Math.max(persons / 10, 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "guanai-demo-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int from = 0; from < households.size(); from += BATCH) {
                List<Household> batch = households.subList(from, Math.min(from + BATCH, households.size()));
                futures.add(pool.submit(() -> {
                    Runnable work = () -> {
                        personIds.putAll(writer.households(batch));
                        done.addAndGet(batch.size());
                        int p = personsDone.addAndGet(batch.stream().mapToInt(h -> h.residents().size()).sum());
                        int mark = p / step;
                        if (reported.getAndAccumulate(mark, Math::max) < mark || p == persons) {
                            long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
                            progress.accept(String.format("%,d / %,d persons (%,d households), %,.0f persons/s", p, persons,
                                    done.get(), p * 1000.0 / ms));
                        }
                    };
                    caller.ifPresentOrElse(c -> CallerContext.runAs(c, work), work);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(false));
                    Throwable cause = e.getCause();
                    throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return personIds;
    }
}
