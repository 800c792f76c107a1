package org.guanai.registry.internal.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.guanai.backup.BackupArchive;
import org.guanai.backup.BackupManifest;
import org.guanai.backup.DataHome;
import org.guanai.backup.Databases;
import org.guanai.backup.DerbyBackup;
import org.guanai.backup.Restore;
import org.guanai.backup.TableDigest;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.operations.BackupDTO;
import org.guanai.registry.api.operations.BackupService;
import org.guanai.registry.api.operations.RestoreDTO;
import org.guanai.registry.api.operations.TableCountDTO;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the embedded Derby database into the data home ({@link DerbyBackup}), restores staged for the next
 * start ({@link Restore}), all audited ({@code backup.create}, {@code backup.download}, {@code backup.stage-restore},
 * and {@code backup.restore} with the count check once a restored database has started).
 */
@Component(service = {BackupService.class, BackupServiceImpl.class})
public class BackupServiceImpl implements BackupService {

    static final String RECORD = "backup";
    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);

    private final DataSource dataSource;
    private final DatabaseHome home;
    private final AuditService audit;
    private final String version;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    @Activate
    public BackupServiceImpl(BundleContext context,
                             @Reference(name = "dataSource", target = "(osgi.jndi.service.name=guanai)") DataSource dataSource,
                             @Reference(name = "home") DatabaseHome home,
                             @Reference(name = "audit") AuditService audit,
                             @Reference(name = "schema") RegistrySchema schema) {
        this(dataSource, home, audit, context.getBundle().getVersion().toString(), Clock.systemDefaultZone());
        auditRestoreApplied();
    }

    BackupServiceImpl(DataSource dataSource, DatabaseHome home, AuditService audit, String version, Clock clock) {
        this.dataSource = dataSource;
        this.home = home;
        this.audit = audit;
        this.version = version;
        this.clock = clock;
    }

    /** Whether backups are Guanai's (embedded Derby); on PostgreSQL they are pg_dump's. */
    boolean embeddedDatabase() {
        return home.derbyFolder().isPresent();
    }

    @Override
    public BackupDTO backup() {
        return backup("manual");
    }

    /** A backup now; {@code trigger} is {@code manual} or {@code scheduled}. */
    BackupDTO backup(String trigger) {
        Databases databases = derby();
        if (!running.tryLock()) {
            throw new ConflictException(null, OperationsMessages.message("backup.running"));
        }
        try {
            BackupManifest manifest = new BackupManifest();
            manifest.createdBy = CallerContext.current().map(Caller::user).orElse(AuditEvent.SYSTEM_USER);
            manifest.trigger = trigger;
            manifest.version = version;
            Path zip;
            try (Connection live = dataSource.getConnection()) {
                live.setAutoCommit(true);
                zip = new DerbyBackup(home.home(), databases, clock).backup(live, manifest);
            } catch (IOException | SQLException e) {
                LOG.error("Backup failed", e);
                audit.record(AuditEvent.of("backup.create").record(RECORD, null).outcome(AuditOutcome.FAILED)
                        .detail(trigger + ": " + e.getMessage()).build());
                ConflictException failed = new ConflictException(null,
                        OperationsMessages.message("backup.failed", String.valueOf(e.getMessage())));
                failed.initCause(e);
                throw failed;
            }
            BackupDTO dto = toDto(zip, manifest);
            audit.record(AuditEvent.of("backup.create").record(RECORD, dto.name)
                    .detail(trigger + ": " + dto.tables.size() + " tables, " + dto.sizeBytes + " bytes, "
                            + dto.durationMillis + " ms").build());
            LOG.info("Backup {} written ({} bytes, {} tables, {} ms, {})", dto.name, dto.sizeBytes, dto.tables.size(),
                    dto.durationMillis, trigger);
            return dto;
        } finally {
            running.unlock();
        }
    }

    /** Deletes all but the newest {@code keep} backups. */
    List<Path> prune(int keep) throws IOException {
        List<Path> deleted = DerbyBackup.prune(home.home(), keep);
        if (!deleted.isEmpty()) {
            audit.record(AuditEvent.of("backup.purge").record(RECORD, null)
                    .detail(deleted.size() + " backups older than the newest " + keep + " deleted").build());
            LOG.info("Deleted {} old backups (keeping the newest {})", deleted.size(), keep);
        }
        return deleted;
    }

    @Override
    public List<BackupDTO> list() {
        List<BackupDTO> all = new ArrayList<>();
        try {
            for (Path zip : DerbyBackup.list(home.home())) {
                try {
                    all.add(toDto(zip, BackupArchive.manifest(zip)));
                } catch (IOException e) {
                    LOG.warn("{} is not a readable backup: {}", zip, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + home.home().backups() + ": " + e.getMessage(), e);
        }
        return all;
    }

    @Override
    public Optional<BackupDTO> get(String name) {
        return zip(name).flatMap(zip -> {
            try {
                return Optional.of(toDto(zip, BackupArchive.manifest(zip)));
            } catch (IOException e) {
                LOG.warn("{} is not a readable backup: {}", zip, e.getMessage());
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<Path> file(String name) {
        Optional<Path> zip = zip(name);
        zip.ifPresent(z -> audit.record(AuditEvent.of("backup.download").record(RECORD, name).build()));
        return zip;
    }

    @Override
    public RestoreDTO stageRestore(String name) {
        Databases databases = derby();
        Path zip = zip(name).orElseThrow(() -> new NotFoundException(RECORD, name));
        String by = CallerContext.current().map(Caller::user).orElse(AuditEvent.SYSTEM_USER);
        Restore.Staged staged;
        try {
            staged = Restore.stage(zip, home.home(), databases, by);
        } catch (IOException | SQLException e) {
            audit.record(AuditEvent.of("backup.stage-restore").record(RECORD, name).outcome(AuditOutcome.FAILED)
                    .detail(e.getMessage()).build());
            throw ValidationException.of("backup",
                    OperationsMessages.message("backup.notChecked", String.valueOf(e.getMessage())));
        }
        audit.record(AuditEvent.of("backup.stage-restore").record(RECORD, name)
                .detail("checked and staged: replaces the database at the next start").build());
        LOG.warn("Backup {} checked and staged by {}: it replaces the database at the next start", name, by);
        return toDto(staged);
    }

    @Override
    public Optional<RestoreDTO> stagedRestore() {
        try {
            return Restore.staged(home.home()).map(BackupServiceImpl::toDto);
        } catch (IOException e) {
            LOG.warn("Cannot read the staged restore: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A restore applied at this start (or by bin/guanai-restore while Guanai was stopped): compares the tables'
     * row counts with the backup's record and leaves a {@code backup.restore} row in the restored trail.
     */
    void auditRestoreApplied() {
        DataHome dataHome = home.home();
        try {
            Optional<Properties> last = Restore.unauditedRestore(dataHome);
            if (last.isEmpty()) {
                return;
            }
            BackupManifest manifest;
            try (var in = Files.newInputStream(dataHome.restore().resolve("last-restore-" + BackupManifest.FILE))) {
                manifest = BackupManifest.read(in);
            }
            Map<String, Long> counts;
            try (Connection c = dataSource.getConnection()) {
                counts = TableDigest.counts(c);
            }
            List<String> differ = new ArrayList<>();
            for (TableDigest.Table t : manifest.tables) {
                Long now = counts.get(t.name());
                // the migrations of a newer release may add tables and rows of their own; the backup's rows stay
                if (now == null || now < t.rows()) {
                    differ.add(t.name() + ": " + now + " rows, backup " + t.rows());
                }
            }
            String detail = "restored " + manifest.name + " (made " + manifest.createdAt + ") at "
                    + last.get().getProperty("applied") + "; replaced database kept in " + last.get().getProperty("replaced")
                    + (differ.isEmpty() ? "; every table's rows found" : "; MISSING ROWS: " + String.join(", ", differ));
            audit.record(AuditEvent.of("backup.restore").record(RECORD, manifest.name)
                    .outcome(differ.isEmpty() ? AuditOutcome.OK : AuditOutcome.FAILED).detail(detail).build());
            if (differ.isEmpty()) {
                LOG.info("Restore of {} checked: every table has the backup's rows", manifest.name);
            } else {
                LOG.error("Restore of {}: rows missing after the start: {}", manifest.name, differ);
            }
            Restore.markAudited(dataHome);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("Cannot check the restore applied at this start", e);
        }
    }

    private Databases derby() {
        return home.databases().filter(d -> home.derbyFolder().isPresent()).orElseThrow(() -> new ConflictException(null,
                OperationsMessages.message("backup.notDerby")));
    }

    private Optional<Path> zip(String name) {
        if (!DerbyBackup.isName(name)) {
            return Optional.empty();
        }
        Path zip = home.home().backups().resolve(name + BackupArchive.SUFFIX);
        return Files.isRegularFile(zip) ? Optional.of(zip) : Optional.empty();
    }

    private static BackupDTO toDto(Path zip, BackupManifest m) {
        BackupDTO d = new BackupDTO();
        d.name = m.name;
        d.createdAt = m.createdAt;
        d.createdBy = m.createdBy;
        d.trigger = m.trigger;
        d.version = m.version;
        d.durationMillis = m.durationMillis;
        try {
            d.sizeBytes = Files.size(zip);
        } catch (IOException e) {
            d.sizeBytes = -1;
        }
        m.tables.forEach(t -> d.tables.add(new TableCountDTO(t.name(), t.rows(), t.checksum())));
        return d;
    }

    private static RestoreDTO toDto(Restore.Staged s) {
        RestoreDTO d = new RestoreDTO();
        d.backup = s.manifest().name;
        d.stagedAt = s.stagedAt();
        d.stagedBy = s.stagedBy();
        s.checked().forEach(t -> d.tables.add(new TableCountDTO(t.name(), t.rows(), t.checksum())));
        d.text = OperationsMessages.message("restore.staged");
        d.message = d.text.render(Message.CHINESE);
        return d;
    }
}
