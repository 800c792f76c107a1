package org.guanai.registry.internal.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.operations.MigrationLockDTO;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.api.operations.StatusDTO;
import org.guanai.registry.api.operations.StatusService;
import org.guanai.registry.internal.schema.LiquibaseSchemaMigrator;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's readiness from its parts: the data home, the database (asked at most every
 * {@link #DATABASE_CHECK_EVERY}, so that a busy load balancer does not load it), and the schema of the registry
 * and of every module that migrated. Depends only on the DataSource and the migrator, so it answers while the
 * registry waits for or fails its migrations.
 */
@Component(service = StatusService.class)
public class PlatformStatus implements StatusService {

    static final Duration DATABASE_CHECK_EVERY = Duration.ofSeconds(3);
    /** The parts the platform cannot serve without; every other part is a module's. */
    static final java.util.Set<String> PLATFORM = java.util.Set.of(DatabaseHome.PART, "database", RegistrySchema.MODULE_ID);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformStatus.class);

    private final DataSource dataSource;
    private final DatabaseHome home;
    private final LiquibaseSchemaMigrator migrator;
    private final Clock clock;
    private PartStatusDTO database;
    private Instant databaseCheckedAt = Instant.MIN;

    @Activate
    public PlatformStatus(@Reference(name = "dataSource", target = "(osgi.jndi.service.name=guanai)") DataSource dataSource,
                          @Reference(name = "home") DatabaseHome home,
                          @Reference(name = "migrator") LiquibaseSchemaMigrator migrator) {
        this(dataSource, home, migrator, Clock.systemUTC());
    }

    PlatformStatus(DataSource dataSource, DatabaseHome home, LiquibaseSchemaMigrator migrator, Clock clock) {
        this.dataSource = dataSource;
        this.home = home;
        this.migrator = migrator;
        this.clock = clock;
    }

    @Override
    public StatusDTO status() {
        StatusDTO status = new StatusDTO();
        PartStatusDTO dataHome = home.state();
        status.parts.add(dataHome);
        if (dataHome.state == PartState.READY) {
            status.parts.add(database());
        }
        List<PartStatusDTO> schemas = migrator.parts();
        if (schemas.stream().noneMatch(p -> p.name.equals(RegistrySchema.MODULE_ID))) {
            status.parts.add(PartStatusDTO.of(RegistrySchema.MODULE_ID, PartState.STARTING,
                    OperationsMessages.message("status.registryStarting"), null));
        }
        status.parts.addAll(schemas);
        // The platform is up when the registry can serve: a module's own schema (migrating while a county installs
        // it, or failed) is listed with its state but never takes the registry out of a load balancer's rotation.
        status.up = status.parts.stream().filter(p -> PLATFORM.contains(p.name)).allMatch(p -> p.state == PartState.READY);
        status.dataHome = home.home().root().toString();
        return status;
    }

    private synchronized PartStatusDTO database() {
        Instant now = clock.instant();
        if (database != null && now.isBefore(databaseCheckedAt.plus(DATABASE_CHECK_EVERY))) {
            return database;
        }
        PartState state;
        Message detail = null;
        try (Connection c = dataSource.getConnection()) {
            state = c.isValid(2) ? PartState.READY : PartState.UNAVAILABLE;
        } catch (SQLException e) {
            LOG.debug("The database does not answer", e);
            state = PartState.UNAVAILABLE;
        }
        if (state != PartState.READY) {
            detail = OperationsMessages.message("status.databaseDown");
        }
        if (database == null || database.state != state) {
            if (database != null) {
                LOG.warn("The database is {} now", state == PartState.READY ? "reachable again" : "not reachable");
            }
            database = PartStatusDTO.of("database", state, detail, now);
        }
        databaseCheckedAt = now;
        return database;
    }

    @Override
    public Optional<MigrationLockDTO> migrationLock() {
        return migrator.lock();
    }

    @Override
    public Optional<MigrationLockDTO> releaseMigrationLock() {
        return migrator.releaseLock();
    }
}
