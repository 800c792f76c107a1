package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.ReportText;
import org.guanai.registry.internal.roster.RosterFileException;
import org.guanai.registry.internal.roster.RosterLayout;
import org.guanai.registry.internal.roster.RosterReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes roster files in, within {@link ImportLimits}: an upload is copied to a bounded temporary file (a slot
 * taken first, so a busy server refuses before keeping a byte), the file's first rows are checked at once (a
 * file that is no roster, or a bad option, is refused to the caller, 400, instead of becoming a failed job), and
 * the job reads the file whole, row by row, when it runs on the single import thread: one roster in memory at a
 * time.
 */
final class ImportQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ImportQueue.class);

    private final ImportJobs jobs;
    private final RosterLayouts layouts;
    private final ImportLimits limits;
    private final ExecutorService executor;

    ImportQueue(ImportJobs jobs, RosterLayouts layouts, ImportLimits limits, ExecutorService executor) {
        this.jobs = jobs;
        this.layouts = layouts;
        this.limits = limits;
        this.executor = executor;
    }

    ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options) {
        ImportLimits.Slot slot;
        try {
            slot = limits.take();
        } catch (RuntimeException e) {
            deleteIf(deleteWhenDone, file);
            throw e;
        }
        return queue(file, deleteWhenDone, options, slot);
    }

    ImportJobDTO submit(InputStream upload, ImportOptions options) throws IOException {
        // the slot first: a busy server refuses before keeping a byte of the upload
        ImportLimits.Slot slot;
        try {
            slot = limits.take();
        } catch (LimitExceededException busy) {
            limits.discard(upload);
            throw busy;
        }
        Path file;
        try {
            file = limits.receive(upload);
        } catch (IOException | RuntimeException e) {
            slot.release();
            throw e;
        }
        return queue(file, true, options, slot);
    }

    private ImportJobDTO queue(Path file, boolean deleteWhenDone, ImportOptions options, ImportLimits.Slot slot) {
        ImportOptions o = options == null ? new ImportOptions() : options;
        boolean queued = false;
        try {
            RosterLayouts.Plan plan = layouts.plan(o);
            limits.checkSize(file);
            RosterReader headers = RosterReader.check(file, plan.overrides());
            Caller caller = CallerContext.current().orElse(null);
            if (o.saveLayout != null && !o.saveLayout.isBlank()) {
                RosterLayout layout = plan.layout() != null ? plan.layout() : headers.layout;
                layouts.save(o.saveLayout, layout, plan.category() != null ? plan.category() : layout.category(),
                        headers.headerColumns, caller == null ? null : caller.user());
            }
            ImportJob job = jobs.add(o, file.getFileName().toString(), headers, plan);
            ImportJobDTO snapshot = ImportJob.snapshot(job);
            int maxRows = limits.settings().maxRows();
            executor.execute(() -> {
                Read read;
                try {
                    read = read(file, maxRows, plan);
                } finally {
                    // read whole now (or refused): the file and the slot are not needed any more
                    deleteIf(deleteWhenDone, file);
                    slot.release();
                }
                as(caller, () -> {
                    if (read.reader == null) {
                        jobs.refuse(job, read.refusal);
                    } else {
                        jobs.run(job, read.reader, ImportJobs.runOptions(o, plan, read.reader));
                    }
                    return null;
                });
            });
            queued = true;
            return snapshot;
        } catch (RosterFileException e) {
            throw ValidationException.of("file", e.text());
        } catch (IOException e) {
            throw ValidationException.of("file", ImportMessages.FILE_UNREADABLE.message(e.getMessage()));
        } finally {
            if (!queued) {
                deleteIf(deleteWhenDone, file);
                slot.release();
            }
        }
    }

    /** A file read whole, or why it is not imported. */
    private record Read(RosterReader reader, String refusal) {
    }

    /** On the executor's thread, so one roster at a time is in memory: the whole file, row by row. */
    private static Read read(Path file, int maxRows, RosterLayouts.Plan plan) {
        try {
            return new Read(RosterReader.read(file, maxRows, plan.overrides()), null);
        } catch (RosterFileException e) {
            return new Read(null, ReportText.both(e.text()));
        } catch (IOException e) {
            return new Read(null, ImportMessages.FILE_UNREADABLE.text(e.getMessage()));
        }
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return caller == null ? work.get() : CallerContext.callAs(caller, work);
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
}
