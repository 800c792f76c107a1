package org.guanai.registry.api.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Roster import and export. An import runs as a job, one at a time, as the caller who submitted it; good
 * rows are written in chunks aligned to households, each chunk one transaction. Re-running a file changes
 * nothing (persons are matched by ID number, households by 户编号), which also makes an interrupted
 * import resumable: run it again.
 *
 * <p>Limits keep the server's memory flat whatever is uploaded ({@code import.max.*} in
 * {@code etc/org.guanai.registry.cfg}): a file is read from disk when its job runs, never whole into memory;
 * files larger than allowed and imports beyond the number allowed to wait at once are refused with a
 * {@link org.guanai.registry.api.LimitExceededException}.
 */
@ProviderType
public interface RosterService {

    /**
     * Checks that {@code file} (CSV or XLSX, sniffed from the content) starts like a roster and queues its
     * import. The job reads the file when it runs (and deletes it then when {@code deleteWhenDone}, e.g. an
     * uploaded temporary file, which is also deleted when this refuses it).
     *
     * @throws org.guanai.registry.api.ValidationException on field {@code file} when it is no roster at
     *         all (empty, not CSV or XLSX, damaged, no header row with roster columns)
     * @throws org.guanai.registry.api.LimitExceededException when the file is larger than allowed, or as
     *         many imports as allowed are waiting
     */
    ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options);

    /**
     * An upload: takes an import slot first (so a busy server refuses before reading anything), copies
     * {@code upload} into a temporary file, at most the size allowed, and submits that.
     *
     * @throws org.guanai.registry.api.ValidationException on field {@code body} when the upload is empty, on
     *         {@code file} as {@link #submit(Path, boolean, ImportOptions)}
     * @throws org.guanai.registry.api.LimitExceededException as {@link #submit(Path, boolean, ImportOptions)}
     */
    ImportJobDTO submit(InputStream upload, ImportOptions options) throws IOException;

    /**
     * A job known since this start (jobs are kept in memory); empty if unknown or not the caller's to see. Its
     * {@link ImportJobDTO#message} is in Chinese: see {@link #job(String, Locale)}.
     */
    Optional<ImportJobDTO> job(String id);

    /** {@link #job(String)} with its message in {@code language} (Chinese unless English is asked for). */
    default Optional<ImportJobDTO> job(String id, Locale language) {
        return job(id);
    }

    /** The jobs known since this start, newest first (messages in Chinese). */
    List<ImportJobDTO> jobs();

    /** {@link #jobs()} with their messages in {@code language}. */
    default List<ImportJobDTO> jobs(Locale language) {
        return jobs();
    }

    /**
     * Waits until the job has moved on (more rows done, or finished) or {@code timeout} passed, and returns
     * its state then: for a console that prints progress without polling in a loop.
     */
    ImportJobDTO awaitProgress(String id, Duration timeout) throws InterruptedException;

    /** {@link #awaitProgress(String, Duration)} with the job's message in {@code language}. */
    default ImportJobDTO awaitProgress(String id, Duration timeout, Locale language) throws InterruptedException {
        return awaitProgress(id, timeout);
    }

    /** The job's report so far: every problem, by line, in Chinese (see {@link #report(String, Locale)}). */
    List<ImportProblemDTO> report(String id);

    /**
     * The job's report with each problem and expectation in {@code language} (Chinese unless English is asked
     * for), however long ago the job ran.
     */
    default List<ImportProblemDTO> report(String id, Locale language) {
        return report(id);
    }

    /** The report as CSV (UTF-8 with BOM): line, column, problem, expected, severity, sheet (headers in Chinese and English), in Chinese. */
    void writeReport(String id, OutputStream out) throws IOException;

    /** {@link #writeReport(String, OutputStream)} with problems and expectations in {@code language}. */
    default void writeReport(String id, OutputStream out, Locale language) throws IOException {
        writeReport(id, out);
    }

    /**
     * Writes the persons the query selects, with their households, migrant members and guardians, in the
     * roster layout. ID numbers and phones are masked unless the current caller may and asked to see
     * them in full.
     *
     * @return the number of person rows written
     */
    int export(RosterExportQuery query, OutputStream out) throws IOException;

    /** The names of the roster layouts saved with {@link ImportOptions#saveLayout}, for {@link ImportOptions#layout}. */
    List<String> layouts();
}
