package org.guanai.rest.internal.auth;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;

/**
 * An audit service that keeps what it is given, for the filters' tests. The modules use the one in guanai-testing,
 * which depends on this bundle, so this bundle cannot.
 */
class RecordedAudit implements AuditService {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEntryDTO> query(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long export(AuditQuery query, Writer out) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long purgeExpired() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int retentionDays() {
        return DEFAULT_RETENTION_DAYS;
    }
}
