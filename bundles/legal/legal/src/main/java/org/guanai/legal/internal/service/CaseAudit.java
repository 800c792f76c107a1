package org.guanai.legal.internal.service;

import java.util.ArrayList;
import java.util.List;

import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditService;

/**
 * The reads of rights cases in the registry's audit trail, as full views of persons are: one {@code legal-case.read}
 * row per case shown (a list writes one per case on its page), one {@code legal-case.export} per export with its reason.
 */
final class CaseAudit {

    static final String READ = CaseServiceImpl.RECORD + ".read";
    static final String EXPORT = CaseServiceImpl.RECORD + ".export";

    private final AuditService audit;

    /** {@code audit} null: nothing recorded (tests). */
    CaseAudit(AuditService audit) {
        this.audit = audit;
    }

    void read(List<Long> ids, String how) {
        if (audit == null || ids.isEmpty()) {
            return;
        }
        List<AuditEvent> rows = new ArrayList<>();
        for (Long id : ids) {
            rows.add(AuditEvent.of(READ).record(CaseServiceImpl.RECORD, id)
                    .detail(ids.size() > 1 ? how + " (one of " + ids.size() + ")" : how).build());
        }
        audit.recordAll(rows);
    }

    void export(int count, boolean details, String reason) {
        if (audit == null) {
            return;
        }
        audit.record(AuditEvent.of(EXPORT).record(CaseServiceImpl.RECORD, null)
                .detail(count + " cases" + (details ? ", with descriptions and notes; reason: " + reason : ", without descriptions"))
                .build());
    }
}
