package org.guanai.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.guanai.demo.generator.Household;
import org.guanai.demo.generator.ServiceVisit;
import org.guanai.demo.generator.Site;
import org.guanai.demo.generator.SyntheticCounty;
import org.guanai.demo.generator.Team;
import org.guanai.demo.generator.Volunteer;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.roster.RosterService;

/**
 * Writes the county's households, persons, migrant members and guardianships through the registry's roster bulk
 * import: the generator's roster ({@link SyntheticCounty#writeRosterCsvParts}) imported as jobs of
 * {@link #ROWS_PER_FILE} rows each, one after another, in the import's chunk transactions, checked and audited as
 * any roster is. Likely duplicates are confirmed (a generated county has none but namesakes). Divisions, sites,
 * teams, volunteers and service records go through the registry's services ({@link ServicesWriter}).
 */
final class RosterImportWriter implements CountyWriter {

    /** Rows per roster file: well within the import's default limits (rows, megabytes). */
    static final int ROWS_PER_FILE = 50_000;

    private final ServicesWriter services;
    private final RosterService roster;
    private final PersonService persons;

    RosterImportWriter(ServicesWriter services, RosterService roster, PersonService persons) {
        this.services = services;
        this.roster = roster;
        this.persons = persons;
    }

    @Override
    public Function<String, Long> allHouseholds(SyntheticCounty county, Consumer<String> progress)
            throws InterruptedException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("guanai-demo-roster");
            List<Path> files = county.writeRosterCsvParts(folder, "demo-county", ROWS_PER_FILE);
            int done = 0;
            long start = System.nanoTime();
            for (Path file : files) {
                done += importFile(file, files.size(), done, start, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("demo county roster: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
        Map<String, Long> ids = new ConcurrentHashMap<>();
        return idNumber -> ids.computeIfAbsent(idNumber,
                n -> persons.findByIdNumber(n).map(p -> p.id).orElseThrow(() -> new IllegalStateException(
                        "demo county: person " + n + " is not in the registry after the roster import")));
    }

    /** Imports one file and waits for its job; returns its rows done. */
    private int importFile(Path file, int files, int before, long start, Consumer<String> progress)
            throws InterruptedException {
        ImportOptions options = new ImportOptions(false, true, file.getFileName().toString());
        ImportJobDTO job = roster.submit(file, true, options);
        while (job.status != ImportStatus.DONE && job.status != ImportStatus.FAILED) {
            job = roster.awaitProgress(job.id, Duration.ofSeconds(15));
            if (job.status == ImportStatus.RUNNING && job.rowsDone > 0) {
                progress.accept(rate(job, files, before, start));
            }
        }
        if (job.status == ImportStatus.FAILED) {
            throw new IllegalStateException("demo county: roster import " + job.id + " failed: " + job.message);
        }
        progress.accept(rate(job, files, before, start) + (job.rowsRejected == 0 ? ""
                : String.format(Locale.ROOT, "; %,d rows not imported (import %s's report says why)", job.rowsRejected,
                job.id)));
        return job.rowsDone;
    }

    private static String rate(ImportJobDTO job, int files, int before, long start) {
        long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        return String.format(Locale.ROOT, "roster import %s (%d file%s): %,d / %,d rows, %,.0f rows/s", job.fileName,
                files, files == 1 ? "" : "s", job.rowsDone, job.rowsTotal, (before + job.rowsDone) * 1000.0 / ms);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var list = Files.list(folder)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }

    @Override
    public void divisions(String csv) {
        services.divisions(csv);
    }

    @Override
    public Map<String, Long> households(List<Household> batch) {
        return services.households(batch);
    }

    @Override
    public long site(Site site) {
        return services.site(site);
    }

    @Override
    public long team(Team team, Long siteId) {
        return services.team(team, siteId);
    }

    @Override
    public void volunteer(Volunteer volunteer, long teamId) {
        services.volunteer(volunteer, teamId);
    }

    @Override
    public void serviceRecord(ServiceVisit visit, Long siteId, Long teamId, List<Long> personIds) {
        services.serviceRecord(visit, siteId, teamId, personIds);
    }
}
