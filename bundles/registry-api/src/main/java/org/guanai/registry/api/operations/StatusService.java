package org.guanai.registry.api.operations;

import java.util.Optional;

/**
 * Whether the platform is ready to serve: the data home, the database, and the schema of the registry and of
 * each installed module. The liveness probe ({@code GET /api/v1/status}) answers from it, and so does
 * {@code registry:schema}; it stays available while the registry itself waits for or fails its migrations.
 */
@org.osgi.annotation.versioning.ProviderType
public interface StatusService {

    /** Where every part stands now; the database is asked at most every few seconds. */
    StatusDTO status();

    /** The schema migration lock, while someone holds it. */
    Optional<MigrationLockDTO> migrationLock();

    /**
     * Releases the schema migration lock that a crashed migration left behind, so that waiting migrations go
     * on. Only for a lock nobody is using: a migration of this platform runs one at a time, so while none of
     * them is {@link PartState#MIGRATING} a held lock is a leftover.
     *
     * @return the lock released, or empty when none was held
     * @throws org.guanai.registry.api.ConflictException when a migration of this platform is running right now, or
     *         the database does not answer (its message in the reader's language)
     */
    Optional<MigrationLockDTO> releaseMigrationLock();
}
