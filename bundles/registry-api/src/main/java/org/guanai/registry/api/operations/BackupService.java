package org.guanai.registry.api.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the whole database (the registry, every module's tables, the audit trail, divisions and users'
 * divisions), made online while the platform serves writes, as zip files in the data home's {@code backups}
 * folder; and restoring one. A restore replaces the database the platform runs on, so it takes effect when the
 * platform starts: {@link #stageRestore} checks the backup and makes it ready, the next start swaps it in
 * (keeping the replaced database aside). Backups, downloads and restores are audited.
 *
 * <p>Embedded Derby only: on another database {@link #backup} and {@link #stageRestore} refuse, naming that
 * database's own tools (README: Backup and restore).
 */
@org.osgi.annotation.versioning.ProviderType
public interface BackupService {

    /**
     * Makes a backup now, consistent as of one moment, while writes go on.
     *
     * @throws org.guanai.registry.api.ConflictException when another backup is running, it failed, or the database
     *         is not embedded Derby (its message in Chinese and English, {@link org.guanai.registry.api.Message})
     */
    BackupDTO backup();

    /** Every backup in the data home, newest first. */
    List<BackupDTO> list();

    /** The backup of that name (as {@link BackupDTO#name}). */
    Optional<BackupDTO> get(String name);

    /** The file of that backup, for a download (audited as {@code backup.download}). */
    Optional<Path> file(String name);

    /**
     * Checks the backup of that name (every table's rows and checksum against its own record) and stages it to
     * replace the database at the next start.
     *
     * @throws org.guanai.registry.api.NotFoundException when there is no such backup
     * @throws org.guanai.registry.api.ConflictException when the database is not embedded Derby
     * @throws org.guanai.registry.api.ValidationException when the backup does not check out
     */
    RestoreDTO stageRestore(String name);

    /** The restore staged for the next start, if any. */
    Optional<RestoreDTO> stagedRestore();
}
