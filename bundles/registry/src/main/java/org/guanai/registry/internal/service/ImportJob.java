package org.guanai.registry.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.security.Caller;

/** One import job: its state (guarded by the job itself, which is notified on every change) and its report. */
final class ImportJob {
    final ImportJobDTO dto = new ImportJobDTO();
    final List<ImportProblemDTO> problems = new ArrayList<>();
    final Caller caller;
    long startNanos;
    /** When its progress was last stored. */
    long savedNanos;

    ImportJob(Caller caller) {
        this.caller = caller;
    }

    static void fail(ImportJob job, String message) {
        update(job, d -> {
            d.status = ImportStatus.FAILED;
            d.message = message;
        });
    }

    static void update(ImportJob job, Consumer<ImportJobDTO> change) {
        synchronized (job) {
            change.accept(job.dto);
            double seconds = (System.nanoTime() - job.startNanos) / 1e9;
            job.dto.rowsPerSecond = seconds > 0 ? Math.round(job.dto.rowsDone / seconds * 10) / 10.0 : 0;
            if (job.dto.status == ImportStatus.DONE || job.dto.status == ImportStatus.FAILED) {
                job.dto.finishedAt = Instant.now();
            }
            job.notifyAll();
        }
    }

    static ImportJobDTO snapshot(ImportJob job) {
        synchronized (job) {
            ImportJobDTO s = new ImportJobDTO();
            ImportJobDTO d = job.dto;
            s.id = d.id;
            s.status = d.status;
            s.dryRun = d.dryRun;
            s.confirmDuplicates = d.confirmDuplicates;
            s.fileName = d.fileName;
            s.rowsTotal = d.rowsTotal;
            s.rowsDone = d.rowsDone;
            s.rowsImported = d.rowsImported;
            s.rowsUnchanged = d.rowsUnchanged;
            s.rowsRejected = d.rowsRejected;
            s.duplicatesSuspected = d.duplicatesSuspected;
            s.rowsWithWarnings = d.rowsWithWarnings;
            s.user = d.user;
            s.startedAt = d.startedAt;
            s.finishedAt = d.finishedAt;
            s.rowsPerSecond = d.rowsPerSecond;
            s.message = d.message;
            s.linesOther = d.linesOther;
            s.layout = d.layout;
            s.mapping = new ArrayList<>(d.mapping);
            return s;
        }
    }

    static boolean finished(ImportJobDTO d) {
        return d.status == ImportStatus.DONE || d.status == ImportStatus.FAILED;
    }
}
