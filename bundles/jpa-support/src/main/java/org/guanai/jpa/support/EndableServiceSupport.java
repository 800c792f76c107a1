package org.guanai.jpa.support;

import java.time.LocalDate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.Status;
import org.guanai.registry.api.audit.AuditOperations;

/**
 * Adds ending (instead of deleting) to the record services whose records have a status. An end is audited as
 * {@code <record type>.end} (see {@link RecordServiceSupport} for where the row is written).
 *
 * @param <E> the entity
 * @param <D> the DTO it is read and written as
 */
public abstract class EndableServiceSupport<E extends Endable, D> extends RecordServiceSupport<E, D> {

    /** The longest end note; each module's end_note column must hold it. */
    public static final int END_NOTE_MAX = 500;

    protected EndableServiceSupport(JpaTemplate jpa, Class<E> type, String recordType) {
        super(jpa, type, recordType);
    }

    /**
     * Ends the record on the given day (today by default). The day may be in the past, since staff often
     * record an ending late, but not before the record's subject began: its own start date (birth, opening,
     * since) when it has one, otherwise the day it was registered.
     */
    protected D endRecord(long id, long expectedVersion, EndRequest request) {
        EndRequest end = request == null ? new EndRequest() : request;
        return changeRecord(AuditOperations.END, id, expectedVersion, (em, entity) -> {
            if (entity.getStatus() == Status.ENDED) {
                throw new ConflictException("status", Checks.text("alreadyEnded", Message.recordType(recordType()), id,
                        String.valueOf(entity.getEndedOn())));
            }
            LocalDate on = end.date == null ? today() : end.date;
            LocalDate start = entity.startedOn() != null ? entity.startedOn() : entity.getCreatedAt().toLocalDate();
            Checks checks = new Checks();
            notInFuture(checks, "date", on, today());
            checks.check(!on.isBefore(start), "date", Checks.text("endBefore", String.valueOf(start), beginning()));
            checks.maxLength("note", end.note, END_NOTE_MAX);
            checkEnd(entity, end, checks);
            checks.throwIfAny();
            entity.end(on, clean(end.note));
            afterEnd(entity, end);
        });
    }

    /**
     * What begins on the start date, in the message refusing an earlier end: "the person record" (人员记录; its
     * start may be the day it was registered). A record whose start is always its subject's own returns
     * {@link #subject()}.
     */
    protected Message beginning() {
        return Checks.text("record", Message.recordType(recordType()));
    }

    /** The record's subject itself: "the campaign" (筛查活动), for {@link #beginning()}. */
    protected final Message subject() {
        return Checks.text("subject", Message.recordType(recordType()));
    }

    /** Extra rules for ending this kind of record. */
    protected void checkEnd(E entity, EndRequest end, Checks checks) {
    }

    /** Stores what else this kind of record keeps about its end. */
    protected void afterEnd(E entity, EndRequest end) {
    }
}
