package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.roster.Csv;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterLayout;
import org.guanai.registry.internal.roster.RosterReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import org.guanai.registry.internal.roster.ReportText;

/**
 * Roster import jobs: queued by {@link ImportQueue} once their file passed its check, run one at a time on the
 * roster service's thread as the caller who submitted them, followed while they run, their report kept. The jobs
 * this node runs are in memory while they run (followed at once); every job, with its report, is in the database
 * ({@link ImportJobStore}, the last {@link #KEPT_JOBS}), so any node lists and follows it and a restart keeps it.
 */
final class ImportJobs {

    static final int KEPT_JOBS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final RosterImport engine;
    /** Null in tests that do not audit. */
    private final AuditService audit;
    /** How often a job's progress is written while it runs (every change is seen at once on this node). */
    static final long SAVE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** How often a node that does not run a job looks for its progress. */
    static final Duration POLL = Duration.ofMillis(250);

    /** The jobs this node runs, until they end. */
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final ImportJobStore store;

    ImportJobs(RosterImport engine, AuditService audit, ImportJobStore store) {
        this.engine = engine;
        this.audit = audit;
        this.store = store;
    }

    ImportJobStore store() {
        return store;
    }

    private void audit(AuditEvent.Builder event) {
        if (audit != null) {
            audit.record(event.build());
        }
    }

    private static ImportOptions copy(ImportOptions o, org.guanai.registry.api.CareCategory category) {
        ImportOptions c = new ImportOptions(o.dryRun, o.confirmDuplicates, o.fileName);
        c.category = category;
        c.layout = o.layout;
        c.mapping.putAll(o.mapping);
        return c;
    }

    /**
     * A new job for a file that passed its check: its header read (layout, mapping) and queued; the job's
     * options are {@code run}'s, made when the file is read whole.
     */
    ImportJob add(ImportOptions o, String fileName, RosterReader headers, RosterLayouts.Plan plan) {
        Caller caller = CallerContext.current().orElse(null);
        ImportJob job = new ImportJob(caller);
        job.dto.id = UUID.randomUUID().toString();
        job.dto.status = ImportStatus.QUEUED;
        job.dto.dryRun = o.dryRun;
        job.dto.confirmDuplicates = o.confirmDuplicates;
        job.dto.fileName = o.fileName != null ? o.fileName : fileName;
        job.dto.user = caller == null ? null : caller.user();
        job.dto.layout = plan.name() != null && RosterLayout.byId(plan.name()).isEmpty() ? plan.name()
                : (plan.layout() != null ? plan.layout() : headers.layout).id();
        job.dto.mapping.addAll(headers.mapping);
        store.insert(job.dto, caller, KEPT_JOBS);
        synchronized (jobs) {
            jobs.put(job.dto.id, job);
        }
        return job;
    }

    /** The options a job runs with: the category asked, or else its layout's. */
    static ImportOptions runOptions(ImportOptions o, RosterLayouts.Plan plan, RosterReader reader) {
        if (plan.layout() != null) {
            reader.layout = plan.layout();
        }
        return copy(o, plan.category() != null ? plan.category() : reader.layout.category());
    }

    /** The job's file turned out to be no roster, or a larger one than allowed: nothing written. */
    void refuse(ImportJob job, String why) {
        audit(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, job.dto.id)
                .outcome(AuditOutcome.FAILED).detail(job.dto.fileName + ": not imported: " + why));
        ImportJob.fail(job, ImportMessages.NOT_IMPORTED.text(why));
        ended(job);
    }

    /** The job ended: its last state and report stored, and this node's memory of it let go. */
    private void ended(ImportJob job) {
        ImportJobDTO last;
        List<ImportProblemDTO> problems;
        synchronized (job) {
            last = ImportJob.snapshot(job);
            problems = List.copyOf(job.problems);
        }
        try {
            store.finish(last, problems);
        } finally {
            synchronized (jobs) {
                jobs.remove(job.dto.id);
            }
        }
    }

    /** Writes a running job's progress, at most every {@link #SAVE_EVERY_NANOS}. */
    private void progress(ImportJob job) {
        long now = System.nanoTime();
        ImportJobDTO state;
        synchronized (job) {
            if (now - job.savedNanos < SAVE_EVERY_NANOS) {
                return;
            }
            job.savedNanos = now;
            state = ImportJob.snapshot(job);
        }
        try {
            store.save(state);
        } catch (RuntimeException e) {
            LOG.warn("Progress of roster import {} not stored: {}", state.id, e.toString());
        }
    }

    /** Runs a job on the calling thread (the executor's): its file read whole, row by row, into {@code reader}. */
    void run(ImportJob job, RosterReader reader, ImportOptions options) {
        synchronized (job) {
            if (RosterLayout.byId(job.dto.layout).isPresent()) {
                job.dto.layout = reader.layout.id(); // as the whole file reads it (a saved layout keeps its name)
            }
            job.dto.mapping.clear();
            job.dto.mapping.addAll(reader.mapping);
            job.dto.linesOther = reader.linesOther;
            job.dto.status = ImportStatus.RUNNING;
            job.dto.startedAt = Instant.now();
            job.startNanos = System.nanoTime();
            job.notifyAll();
        }
        job.savedNanos = job.startNanos - SAVE_EVERY_NANOS;
        progress(job);
        audit(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, job.dto.id)
                .detail(InterruptedImports.STARTED + job.dto.fileName + (job.dto.dryRun ? " (dry run)" : "")));
        try {
            engine.writer.audit.job = job.dto.id + " (" + job.dto.fileName + ")";
            ImportResult result = engine.run(reader, options, new RosterImport.Progress() {
                @Override
                public void validated(int rowsTotal, int rowsSettled) {
                    ImportJob.update(job, d -> {
                        d.rowsTotal = rowsTotal;
                        d.rowsDone = rowsSettled;
                    });
                    progress(job);
                }

                @Override
                public void chunkDone(int rows, int imported, int unchanged) {
                    ImportJob.update(job, d -> {
                        d.rowsDone += rows;
                        d.rowsImported += imported;
                        d.rowsUnchanged += unchanged;
                    });
                    progress(job);
                }
            });
            ImportJob.update(job, d -> {
                d.rowsTotal = result.rowsTotal;
                d.rowsDone = result.rowsTotal;
                d.rowsImported = result.imported;
                d.rowsUnchanged = result.unchanged;
                d.rowsRejected = result.rejected;
                d.duplicatesSuspected = result.duplicates;
                d.rowsWithWarnings = result.withWarnings;
                job.problems.addAll(result.problems);
                d.linesOther = result.linesOther;
                d.message = result.summary(d.dryRun);
                d.status = ImportStatus.DONE;
            });
            audit(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, job.dto.id)
                    .detail(job.dto.fileName + ": " + job.dto.message));
        } catch (RuntimeException e) {
            LOG.error("Roster import {} failed", job.dto.id, e);
            audit(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, job.dto.id).outcome(AuditOutcome.FAILED)
                    .detail(job.dto.fileName + ": stopped after " + job.dto.rowsDone + " rows"));
            ImportJob.fail(job, ImportMessages.FAILED.text(job.dto.rowsDone, rootMessage(e)));
        } finally {
            ended(job);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }

    /** A job is its submitter's, and an admin's; internal code (no caller) sees every job. */
    private static boolean visible(String user) {
        Optional<Caller> caller = CallerContext.current();
        return caller.isEmpty() || caller.get().hasRole(Roles.ADMIN) || user == null
                || user.equals(caller.get().user());
    }

    /** The job as this node runs it, if it does. */
    private Optional<ImportJob> running(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(id == null ? null : jobs.get(id));
        }
    }

    Optional<ImportJobDTO> job(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<ImportJobDTO> live = running(id).map(ImportJob::snapshot);
        Optional<ImportJobDTO> job = live.isPresent() ? live : store.find(id).map(ImportJobStore.Stored::dto);
        return job.filter(j -> visible(j.user));
    }

    List<ImportJobDTO> jobs() {
        List<ImportJobDTO> out = new ArrayList<>();
        for (ImportJobStore.Stored stored : store.recent(KEPT_JOBS)) {
            ImportJobDTO j = running(stored.dto().id).map(ImportJob::snapshot).orElse(stored.dto());
            if (visible(j.user)) {
                out.add(j);
            }
        }
        return out;
    }

    ImportJobDTO awaitProgress(String id, Duration timeout) throws InterruptedException {
        ImportJobDTO seen = job(id).orElseThrow(() -> new NotFoundException("import", id));
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<ImportJob> live = running(id);
        if (live.isEmpty()) {
            return awaitStored(seen, deadline);
        }
        ImportJob job = live.get();
        synchronized (job) {
            int done = job.dto.rowsDone;
            ImportStatus status = job.dto.status;
            while (job.dto.rowsDone == done && job.dto.status == status && !ImportJob.finished(job.dto)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(job, left);
            }
        }
        return ImportJob.snapshot(job);
    }

    /** A job another node runs (or that ended): its stored state, looked at every {@link #POLL} until it changes. */
    private ImportJobDTO awaitStored(ImportJobDTO seen, long deadline) throws InterruptedException {
        ImportJobDTO now = seen;
        while (!ImportJob.finished(now) && now.rowsDone == seen.rowsDone && now.status == seen.status) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, POLL.toNanos()));
            Optional<ImportJobDTO> running = running(seen.id).map(ImportJob::snapshot);
            now = running.isPresent() ? running.get() : store.find(seen.id).map(ImportJobStore.Stored::dto).orElse(now);
        }
        return now;
    }

    List<ImportProblemDTO> report(String id) {
        ImportJobDTO seen = job(id).orElseThrow(() -> new NotFoundException("import", id));
        Optional<ImportJob> live = running(id);
        if (live.isPresent()) {
            synchronized (live.get()) {
                return List.copyOf(live.get().problems);
            }
        }
        return store.report(seen.id);
    }

    void writeReport(String id, OutputStream out, Locale language) throws IOException {
        List<ImportProblemDTO> problems = in(report(id), language);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        Csv.writeRow(w, ImportMessages.reportHeader(language));
        for (ImportProblemDTO p : problems) {
            Csv.writeRow(w, List.of(Integer.toString(p.line), nz(p.column), nz(p.problem), nz(p.expected),
                    p.severity.name(), nz(p.sheet)));
        }
        w.flush();
    }

    /** The job as {@code language} reads it: its message and mapping lines, kept in both languages, rendered in one. */
    static ImportJobDTO in(ImportJobDTO job, Locale language) {
        job.message = ReportText.render(job.message, language);
        if (job.mapping != null) {
            job.mapping.replaceAll(line -> ReportText.render(line, language));
        }
        return job;
    }

    /** The report as {@code language} reads it: new problems, each text kept in both languages rendered in one. */
    static List<ImportProblemDTO> in(List<ImportProblemDTO> problems, Locale language) {
        List<ImportProblemDTO> out = new ArrayList<>(problems.size());
        for (ImportProblemDTO p : problems) {
            out.add(new ImportProblemDTO(p.sheet, p.line, p.column, p.severity, ReportText.render(p.problem, language),
                    ReportText.render(p.expected, language)));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
