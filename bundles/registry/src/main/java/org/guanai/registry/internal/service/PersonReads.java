package org.guanai.registry.internal.service;

import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.security.CallerContext;

/**
 * Audits the read of one person's record: a {@code person.read} row when a user asked for it (a REST call
 * or console command, i.e. there is a caller). Lists and statistics are not single records; internal reads
 * (no caller) are not a person looking. The row is {@linkplain AuditService#recordSoon appended without making
 * the reader wait} for its commit.
 */
final class PersonReads {

    private PersonReads() {
    }

    static void record(AuditService audit, Long personId, String what) {
        if (audit == null || personId == null || CallerContext.current().isEmpty()) {
            return;
        }
        audit.recordSoon(AuditEvent.of(AuditOperations.PERSON_READ).record("person", personId).detail(what).build());
    }
}
