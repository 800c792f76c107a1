package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
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
import org.guanai.registry.internal.roster.RosterFileException;
import org.guanai.registry.internal.roster.RosterLayout;
import org.guanai.registry.internal.roster.RosterReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster import jobs: read and checked when submitted, run one at a time on the roster service's thread as the
 * caller who submitted them, followed while they run, their report kept. Jobs are kept in memory (the last
 * {@link #KEPT_JOBS}): a restart forgets a job's status and report, never the data it imported.
 */
final class ImportJobs {

    static final int KEPT_JOBS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final RosterImport engine;
    private final RosterLayouts layouts;
    private final ExecutorService executor;
    /** Null in tests that do not audit. */
    private final AuditService audit;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

    ImportJobs(RosterImport engine, RosterLayouts layouts, ExecutorService executor, AuditService audit) {
        this.engine = engine;
        this.layouts = layouts;
        this.executor = executor;
        this.audit = audit;
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

    ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options) {
        ImportOptions o = options == null ? new ImportOptions() : options;
        // The file is read now, so that a file that is no roster at all (or a bad option) is refused to the
        // caller (400) instead of becoming a failed job.
        RosterReader reader;
        RosterLayouts.Plan plan;
        try {
            plan = layouts.plan(o);
            reader = RosterReader.read(Files.readAllBytes(file), plan.overrides());
        } catch (RosterFileException e) {
            throw ValidationException.of("file", e.getMessage());
        } catch (IOException e) {
            throw ValidationException.of("file", "无法读取 cannot be read (" + e.getMessage() + ")");
        } finally {
            // the bytes are in the reader now; the upload is not needed any more
            deleteIf(deleteWhenDone, file);
        }
        if (plan.layout() != null) {
            reader.layout = plan.layout();
        }
        ImportOptions run = copy(o, plan.category() != null ? plan.category() : reader.layout.category());
        Caller caller = CallerContext.current().orElse(null);
        if (o.saveLayout != null && !o.saveLayout.isBlank()) {
            layouts.save(o.saveLayout, reader.layout, run.category, reader.headerColumns,
                    caller == null ? null : caller.user());
        }
        ImportJob job = new ImportJob(caller);
        job.dto.id = UUID.randomUUID().toString();
        job.dto.status = ImportStatus.QUEUED;
        job.dto.dryRun = o.dryRun;
        job.dto.confirmDuplicates = o.confirmDuplicates;
        job.dto.fileName = o.fileName != null ? o.fileName : file.getFileName().toString();
        job.dto.user = caller == null ? null : caller.user();
        job.dto.layout = plan.name() != null && RosterLayout.byId(plan.name()).isEmpty() ? plan.name()
                : reader.layout.id();
        job.dto.mapping.addAll(reader.mapping);
        job.dto.linesOther = reader.linesOther;
        synchronized (jobs) {
            jobs.put(job.dto.id, job);
            forgetOldJobs();
        }
        ImportJobDTO queued = ImportJob.snapshot(job);
        executor.execute(() -> {
            if (caller == null) {
                run(job, reader, run);
            } else {
                CallerContext.runAs(caller, () -> run(job, reader, run));
            }
        });
        return queued;
    }

    private static void deleteIf(boolean delete, Path file) {
        if (delete) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the uploaded roster {}", file, e);
            }
        }
    }

    /** Runs a job on the calling thread (the executor's). */
    void run(ImportJob job, RosterReader reader, ImportOptions options) {
        synchronized (job) {
            job.dto.status = ImportStatus.RUNNING;
            job.dto.startedAt = Instant.now();
            job.startNanos = System.nanoTime();
            job.notifyAll();
        }
        audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id)
                .detail("started: " + job.dto.fileName + (job.dto.dryRun ? " (dry run)" : "")));
        try {
            engine.writer.audit.job = job.dto.id + " (" + job.dto.fileName + ")";
            ImportResult result = engine.run(reader, options, new RosterImport.Progress() {
                @Override
                public void validated(int rowsTotal, int rowsSettled) {
                    ImportJob.update(job, d -> {
                        d.rowsTotal = rowsTotal;
                        d.rowsDone = rowsSettled;
                    });
                }

                @Override
                public void chunkDone(int rows, int imported, int unchanged) {
                    ImportJob.update(job, d -> {
                        d.rowsDone += rows;
                        d.rowsImported += imported;
                        d.rowsUnchanged += unchanged;
                    });
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
            audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id)
                    .detail(job.dto.fileName + ": " + job.dto.message));
        } catch (RuntimeException e) {
            LOG.error("Roster import {} failed", job.dto.id, e);
            audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id).outcome(AuditOutcome.FAILED)
                    .detail(job.dto.fileName + ": stopped after " + job.dto.rowsDone + " rows"));
            ImportJob.fail(job, ImportMessages.FAILED.text(job.dto.rowsDone, rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }

    private void forgetOldJobs() {
        var it = jobs.entrySet().iterator();
        while (jobs.size() > KEPT_JOBS && it.hasNext()) {
            ImportJob j = it.next().getValue();
            if (j.dto.status == ImportStatus.DONE || j.dto.status == ImportStatus.FAILED) {
                it.remove();
            }
        }
    }

    /** A job is its submitter's, and an admin's; internal code (no caller) sees every job. */
    private Optional<ImportJob> visible(String id) {
        ImportJob job;
        synchronized (jobs) {
            job = id == null ? null : jobs.get(id);
        }
        if (job == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = CallerContext.current();
        if (caller.isEmpty() || caller.get().hasRole(Roles.ADMIN) || job.caller == null
                || job.caller.user().equals(caller.get().user())) {
            return Optional.of(job);
        }
        return Optional.empty();
    }

    Optional<ImportJobDTO> job(String id) {
        return visible(id).map(ImportJob::snapshot);
    }

    List<ImportJobDTO> jobs() {
        List<ImportJob> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        List<ImportJobDTO> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            visible(all.get(i).dto.id).ifPresent(j -> out.add(ImportJob.snapshot(j)));
        }
        return out;
    }

    ImportJobDTO awaitProgress(String id, Duration timeout) throws InterruptedException {
        ImportJob job = visible(id).orElseThrow(() -> new NotFoundException("import", id));
        long deadline = System.nanoTime() + timeout.toNanos();
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

    List<ImportProblemDTO> report(String id) {
        ImportJob job = visible(id).orElseThrow(() -> new NotFoundException("import", id));
        synchronized (job) {
            return List.copyOf(job.problems);
        }
    }

    void writeReport(String id, OutputStream out) throws IOException {
        List<ImportProblemDTO> problems = report(id);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        Csv.writeRow(w, List.of("行 line", "列 column", "问题 problem", "应为 expected", "级别 severity", "工作表 sheet"));
        for (ImportProblemDTO p : problems) {
            Csv.writeRow(w, List.of(Integer.toString(p.line), nz(p.column), nz(p.problem), nz(p.expected),
                    p.severity.name(), nz(p.sheet)));
        }
        w.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
