package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.LimitExceededException.Limit;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.internal.RegistryText;
import org.guanai.registry.internal.operations.OperationsMessages;
import org.guanai.registry.internal.roster.RosterReader;

/**
 * What keeps roster imports from exhausting the server, whatever is uploaded ({@code import.max.*} of
 * {@code org.guanai.registry}): the largest file, how many imports may wait at once (each a file on disk, not
 * yet read: jobs are read into memory one at a time, when they run), and how many rows a roster may have.
 */
final class ImportLimits {
    static final int DEFAULT_MEGABYTES = 64;
    static final int DEFAULT_PENDING = 3;
    /** What a client is told to wait before trying again when all slots are taken. */
    static final int RETRY_AFTER_SECONDS = 60;

    /** The limits in force; out-of-range values fall back to the defaults. */
    record Settings(long maxBytes, int maxPending, int maxRows) {
        static final Settings DEFAULT = new Settings(DEFAULT_MEGABYTES * 1024L * 1024, DEFAULT_PENDING,
                RosterReader.MAX_ROWS);

        static Settings of(int megabytes, int pending, int rows) {
            return new Settings((megabytes >= 1 && megabytes <= 4096 ? megabytes : DEFAULT_MEGABYTES) * 1024L * 1024,
                    pending >= 1 && pending <= 100 ? pending : DEFAULT_PENDING,
                    rows >= 1 && rows <= 10_000_000 ? rows : RosterReader.MAX_ROWS);
        }
    }

    /** One import waiting; {@link #release} once its file is read, or it is refused (more than once is harmless). */
    final class Slot {
        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) {
                synchronized (ImportLimits.this) {
                    pending--;
                }
            }
        }
    }

    private volatile Settings settings;
    private int pending;

    ImportLimits(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    void configure(Settings newSettings) {
        settings = newSettings;
    }

    /** A slot for one more import, or a refusal when as many as allowed are waiting. */
    synchronized Slot take() {
        int max = settings.maxPending();
        if (pending >= max) {
            throw new LimitExceededException(Limit.BUSY, OperationsMessages.message("import.busy", max),
                    RETRY_AFTER_SECONDS);
        }
        pending++;
        return new Slot();
    }

    synchronized int pending() {
        return pending;
    }

    /** Refuses a file larger than allowed. */
    void checkSize(Path file) throws IOException {
        long size = Files.size(file);
        if (size > settings.maxBytes()) {
            throw tooLarge();
        }
    }

    /**
     * Reads and drops an upload that is refused before it was read (all slots taken), at most twice the largest
     * file allowed: the client, still sending, then gets the answer instead of a reset connection. Nothing is
     * kept, in memory or on disk.
     */
    void discard(InputStream upload) {
        if (upload == null) {
            return;
        }
        try {
            byte[] buffer = new byte[64 * 1024];
            long left = 2 * settings.maxBytes();
            int n = 0;
            while (left > 0 && n >= 0) {
                n = upload.read(buffer, 0, (int) Math.min(buffer.length, left));
                left -= Math.max(n, 0);
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    /**
     * Copies an upload into a new temporary file (owner-only), never more than the largest file allowed; the
     * file is deleted again when this refuses (and the rest of a too large upload read and dropped, up to
     * twice the limit, so the client gets the 413).
     */
    Path receive(InputStream upload) throws IOException {
        if (upload == null) {
            throw ValidationException.of("body", RegistryText.text("import.bodyRequired"));
        }
        long max = settings.maxBytes();
        Path file = Files.createTempFile("guanai-roster-", ".upload");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
                total += n;
                if (total > max) {
                    discard(upload);
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ValidationException.of("body", RegistryText.text("import.bodyEmpty"));
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    private LimitExceededException tooLarge() {
        long mb = settings.maxBytes() / 1024 / 1024;
        return new LimitExceededException(Limit.SIZE, OperationsMessages.message("import.tooLarge", mb), 0);
    }
}
