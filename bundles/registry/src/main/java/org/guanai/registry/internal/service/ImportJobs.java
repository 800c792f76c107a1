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

/**
 * Roster import jobs: queued by {@link ImportQueue} once their file passed its check, run one at a time on the
 * roster service's thread as the caller who submitted them, followed while they run, their report kept. Jobs are kept in memory (the last
 * {@link #KEPT_JOBS}): a restart forgets a job's status and report, never the data it imported.
 */
final class ImportJobs {

    static final int KEPT_JOBS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final RosterImport engine;
    /** Null in tests that do not audit. */
    private final AuditService audit;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();

    ImportJobs(RosterImport engine, AuditService audit) {
        this.engine = engine;
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
        synchronized (jobs) {
            jobs.put(job.dto.id, job);
            forgetOldJobs();
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
        ImportJob.fail(job, "未导入，未写入任何数据 not imported, nothing written: " + why);
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
            audit(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, job.dto.id)
                    .detail(job.dto.fileName + ": " + job.dto.message));
        } catch (RuntimeException e) {
            LOG.error("Roster import {} failed", job.dto.id, e);
            audit(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, job.dto.id).outcome(AuditOutcome.FAILED)
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
