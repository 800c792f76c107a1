package org.guanai.registry.api.operations;

import java.time.Instant;

/**
 * The schema migration lock (Liquibase's, in the shared database) while someone holds it. A migration that
 * crashed leaves it set, and every later migration would wait for it.
 */
public class MigrationLockDTO {
    /** Host (and address) of whoever took it, as Liquibase recorded it. */
    public String lockedBy;
    public Instant grantedAt;
    /** When it counts as left over by a crash and is released by itself ({@code schema.lock.stale.minutes}). */
    public Instant staleAt;
}
