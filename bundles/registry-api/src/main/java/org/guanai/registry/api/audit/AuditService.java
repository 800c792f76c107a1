package org.guanai.registry.api.audit;

import java.io.IOException;
import java.io.Writer;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;

/**
 * The append-only audit trail. Reading and exporting it is for administrators; the REST and console entry
 * points check that, this service does not.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AuditService {

    /** The default retention: 3 years. */
    int DEFAULT_RETENTION_DAYS = 1095;

    /**
     * Appends one row. Called inside a transaction of the registry's persistence unit, it joins it, so the
     * row commits (or rolls back) with the write it records.
     */
    void record(AuditEvent event);

    /**
     * Appends several rows at once, in one transaction: e.g. one per record a list showed in full. By default
     * one {@link #record} after the other.
     */
    default void recordAll(java.util.Collection<AuditEvent> events) {
        for (AuditEvent event : events) {
            record(event);
        }
    }

    /**
     * Appends one row without making the caller wait for its commit: for a read (a {@code person.read} row), which
     * commits with nothing. The row carries the time of this call; it is written within moments, always before
     * {@link #query}, {@link #export} or {@link #purgeExpired} look at the trail and before the service stops. By
     * default {@link #record}.
     */
    default void recordSoon(AuditEvent event) {
        record(event);
    }

    /** Rows matching {@code query}, newest first. */
    Page<AuditEntryDTO> query(AuditQuery query, PageRequest page);

    /**
     * Writes the rows matching {@code query}, oldest first, as CSV (RFC 4180, a header row) to {@code out};
     * the caller encodes it as UTF-8. Leaves an {@code audit.export} row naming the criteria.
     *
     * @return the number of rows written
     */
    long export(AuditQuery query, Writer out) throws IOException;

    /**
     * Deletes the rows older than the retention period (the only deletion there is) and leaves an
     * {@code audit.purge} row with the count.
     *
     * @return the number of rows deleted
     */
    long purgeExpired();

    /** The configured retention in days. */
    int retentionDays();
}
