package org.guanai.registry.internal.service;

import java.util.LinkedHashMap;
import java.util.Map;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster imports that the trail shows started and never ended (neither done nor failed): the server stopped
 * while they ran (a crash, {@code kill -9}, a power cut). Each gets a row saying so, once, when the import
 * service starts again, before it takes new jobs.
 */
final class InterruptedImports {

    static final String RECORD_TYPE = "import";
    static final String STARTED = "started: ";
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);

    private InterruptedImports() {
    }

    /** Records every interrupted import; returns how many there were. */
    static int record(AuditService audit) {
        return record(audit, id -> false);
    }

    /**
     * Records every interrupted import the job table does not know ({@code stored}): those from before jobs were
     * stored. A stored job is the job table's to mark (ImportJobStore), which knows whether its node still runs it.
     */
    static int record(AuditService audit, java.util.function.Predicate<String> stored) {
        AuditQuery query = new AuditQuery();
        query.operation = AuditOperations.IMPORT;
        query.recordType = RECORD_TYPE;
        // newest first: the first row seen of a job is its last; a job whose last row is its start never ended
        Map<String, AuditEntryDTO> last = new LinkedHashMap<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<AuditEntryDTO> page = audit.query(query, PageRequest.of(offset, PageRequest.MAX_LIMIT));
            page.items.forEach(row -> last.putIfAbsent(row.recordId, row));
            if (page.items.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        int interrupted = 0;
        for (AuditEntryDTO row : last.values()) {
            if (row.recordId != null && row.detail != null && row.detail.startsWith(STARTED) && !stored.test(row.recordId)) {
                String file = row.detail.substring(STARTED.length());
                audit.record(AuditEvent.of(AuditOperations.IMPORT).record(RECORD_TYPE, row.recordId)
                        .outcome(AuditOutcome.FAILED)
                        .by(row.user, new java.util.HashSet<>(row.roles), row.origin)
                        .detail(file + ": interrupted, the server stopped while it ran (started " + row.at
                                + "); the chunks written before are stored, each whole; run the file again to complete it").build());
                LOG.warn("Roster import {} ({}, by {}) was interrupted by a stop of the server at {} or later; run the"
                        + " file again to complete it", row.recordId, file, row.user, row.at);
                interrupted++;
            }
        }
        return interrupted;
    }
}
