package org.guanai.registry.internal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.guanai.registry.internal.jpa.AuditEntryEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit rows accepted but not written yet ({@link AuditServiceImpl#recordSoon}): a reader of a person does not wait
 * for her {@code person.read} row to commit. A thread of its own writes whatever has gathered in one transaction, so
 * eight clients reading at once cost one commit instead of eight. Nothing is lost on the way: whoever reads the trail
 * {@link #flush flushes} first and so sees every row accepted before, {@link #close} writes the rest when the
 * service stops, a failed write keeps its rows for the next try, and past {@link #MAX_PENDING} rows the caller
 * writes them itself (memory stays bounded when the database is slow).
 */
final class PendingRows implements AutoCloseable {
    static final int MAX_PENDING = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(PendingRows.class);
    /** How long the writer waits after a failed write before it tries again. */
    private static final long RETRY_MILLIS = 1_000;

    private final Consumer<List<AuditEntryEntity>> write;
    /** Guarded by {@code this}. */
    private final List<AuditEntryEntity> rows = new ArrayList<>();
    /** Held while rows are taken and written, so that a flush returns only once every row it saw is committed. */
    private final Object writing = new Object();
    private final Thread writer;
    private boolean closed;

    /** {@code write} persists a batch in one transaction (and throws, writing nothing, when it cannot). */
    PendingRows(Consumer<List<AuditEntryEntity>> write) {
        this.write = write;
        this.writer = new Thread(this::writeLoop, "guanai-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Accepts a row; the caller goes on at once unless too many are waiting. */
    void add(AuditEntryEntity row) {
        boolean stopped;
        boolean full = false;
        synchronized (this) {
            stopped = closed;
            if (!stopped) {
                rows.add(row);
                full = rows.size() >= MAX_PENDING;
                notifyAll();
            }
        }
        if (stopped) {
            write.accept(List.of(row));
        } else if (full) {
            flush();
        }
    }

    /** Writes every row accepted so far before it returns. */
    void flush() {
        synchronized (writing) {
            List<AuditEntryEntity> batch;
            synchronized (this) {
                batch = new ArrayList<>(rows);
                rows.clear();
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                write.accept(batch);
            } catch (RuntimeException e) {
                synchronized (this) {
                    rows.addAll(0, batch);
                }
                throw e;
            }
        }
    }

    synchronized int size() {
        return rows.size();
    }

    private void writeLoop() {
        while (true) {
            synchronized (this) {
                while (rows.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (closed) {
                    return;
                }
            }
            try {
                flush();
            } catch (RuntimeException e) {
                LOG.error("Audit trail: {} row(s) not written yet, trying again", size(), e);
                synchronized (this) {
                    try {
                        wait(RETRY_MILLIS);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Stops the writer and writes what is left, in the calling thread. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
