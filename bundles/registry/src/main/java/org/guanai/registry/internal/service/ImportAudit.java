package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.guanai.jpa.support.AuditDiff;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditService;

/**
 * The audit rows of an import's writes, the same rows a REST create or update leaves ({@code person.create},
 * {@code household.update} … with each changed field, numbers masked by the trail), written in the chunk's own
 * transaction: a chunk that commits has its rows, one that rolls back has none. The detail names the import job.
 */
final class ImportAudit {

    private record Pending(String type, String verb, AuditDiff.Snapshot before, Supplier<Object> after,
                           Supplier<Long> id) {
    }

    private final AuditService audit;
    private final List<Pending> pending = new ArrayList<>();
    String job;

    /** @param audit null: nothing is recorded (tests without an audit trail) */
    ImportAudit(AuditService audit) {
        this.audit = audit;
    }

    boolean on() {
        return audit != null;
    }

    /** Remembers a write: its record before (null for a create), and how to read it (and its id) after the flush. */
    <E> void write(String type, E entity, Object before, Function<E, Object> view, Function<E, Long> id) {
        if (audit != null) {
            pending.add(new Pending(type, before == null ? AuditOperations.CREATE : AuditOperations.UPDATE,
                    AuditDiff.snapshot(before), () -> view.apply(entity), () -> id.apply(entity)));
        }
    }

    /** Records the chunk's writes; called after its flush, inside its transaction. */
    void record() {
        for (Pending p : pending) {
            audit.record(AuditEvent.of(AuditOperations.of(p.type, p.verb)).record(p.type, p.id.get())
                    .changes(AuditDiff.diff(p.before, AuditDiff.snapshot(p.after.get())))
                    .detail("import " + (job == null ? "" : job)).build());
        }
        pending.clear();
    }

    void discard() {
        pending.clear();
    }
}
