package org.guanai.jpa.support;

import java.time.LocalDate;

import org.guanai.registry.api.Status;

/**
 * A record that is ended rather than deleted: {@link Status#ACTIVE} until it gets an end date. What
 * {@link EndableServiceSupport} needs of its entities; implemented by each module's own entities.
 */
public interface Endable extends Versioned {

    Status getStatus();

    /** The day the record ended; null while it is active. */
    LocalDate getEndedOn();

    /** Why it ended, as staff wrote it; may be null. */
    String getEndNote();

    /**
     * The day the record's subject began (birth, opening, guardianship since), or null when unknown:
     * then the day the record was registered counts as its beginning.
     */
    LocalDate startedOn();

    /** Marks the record {@link Status#ENDED} on that day, with an optional note. */
    void end(LocalDate on, String note);
}
