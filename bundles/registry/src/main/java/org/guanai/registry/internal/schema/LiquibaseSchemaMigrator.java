package org.guanai.registry.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.operations.MigrationLockDTO;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.api.spi.SchemaMigrator;
import org.guanai.registry.internal.operations.DatabaseHome;
import org.guanai.registry.internal.operations.OperationsMessages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a bundle's Liquibase changelog to the shared DataSource, and says how far each schema got (for
 * {@code /api/v1/status} and {@code registry:schema}). Before the first migration it has the data home opened
 * ({@link DatabaseHome}: the database created on a first start, never otherwise). A migration lock left by a
 * crashed migration is waited for while it is fresh, released with a WARN once it is older than
 * {@code schema.lock.stale.minutes} (org.guanai.registry, default 5), or at once by {@link #releaseLock}
 * ({@code registry:schema-unlock}).
 */
@Component(service = {SchemaMigrator.class, LiquibaseSchemaMigrator.class}, configurationPid = "org.guanai.registry",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class LiquibaseSchemaMigrator implements SchemaMigrator {

    static final int DEFAULT_STALE_MINUTES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseSchemaMigrator.class);
    private static final long POLL_MILLIS = 2000;

    /** The migration settings of org.guanai.registry (its other keys belong to other components). */
    public @interface Config {
        /** Minutes after which a held migration lock counts as left over by a crash and is released. */
        int schema_lock_stale_minutes() default DEFAULT_STALE_MINUTES;
    }

    /** What must hold before the first migration: the data home opened. */
    @FunctionalInterface
    public interface Precondition {
        void check() throws SchemaNotReadyException;
    }

    private final DataSource dataSource;
    private final Precondition precondition;
    private final Clock clock;
    private final Map<String, PartStatusDTO> parts = new ConcurrentHashMap<>();
    /** Migrations run one at a time: modules activate concurrently. */
    private final Object oneAtATime = new Object();
    /** Notified when the lock is released by command, so a waiting migration goes on at once. */
    private final Object lockReleased = new Object();
    private volatile Duration staleAfter = Duration.ofMinutes(DEFAULT_STALE_MINUTES);
    private volatile boolean stopped;

    @Activate
    public LiquibaseSchemaMigrator(
            @Reference(name = "dataSource", target = "(osgi.jndi.service.name=guanai)") DataSource dataSource,
            @Reference(name = "home") DatabaseHome home,
            Config config) {
        this(dataSource, home::open, Clock.systemUTC());
        configure(config);
    }

    LiquibaseSchemaMigrator(DataSource dataSource, Precondition precondition, Clock clock) {
        this.dataSource = dataSource;
        this.precondition = precondition;
        this.clock = clock;
    }

    /** A migrator with nothing to check first: for tests and tools over a database of their own. */
    public static LiquibaseSchemaMigrator on(DataSource dataSource) {
        return new LiquibaseSchemaMigrator(dataSource, () -> { }, Clock.systemUTC());
    }

    @Modified
    void configure(Config config) {
        int minutes = config.schema_lock_stale_minutes();
        if (minutes < 1) {
            LOG.warn("org.guanai.registry: schema.lock.stale.minutes={} is less than 1; using {}", minutes,
                    DEFAULT_STALE_MINUTES);
            minutes = DEFAULT_STALE_MINUTES;
        }
        staleAfter(Duration.ofMinutes(minutes));
    }

    void staleAfter(Duration d) {
        staleAfter = d;
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        synchronized (lockReleased) {
            lockReleased.notifyAll();
        }
    }

    @Override
    public int migrate(String moduleId, String changelogResource, ClassLoader resources) {
        state(moduleId, PartState.STARTING, OperationsMessages.message("schema.waiting"));
        synchronized (oneAtATime) {
            try {
                precondition.check();
            } catch (SchemaNotReadyException e) {
                state(moduleId, e.state(), e.text());
                throw new IllegalStateException("schema of " + moduleId + " not migrated: " + e.getMessage(), e);
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            // In OSGi, Liquibase finds its own services (change types, databases) through the context class loader.
            thread.setContextClassLoader(Liquibase.class.getClassLoader());
            try (Connection connection = dataSource.getConnection()) {
                awaitLock(moduleId, connection);
                String fingerprint = SchemaFingerprint.of(changelogResource, resources);
                if (fingerprint != null && fingerprint.equals(SchemaFingerprint.stored(connection, moduleId))) {
                    LOG.info("Schema of {}: up to date, {} unchanged since its last migration", moduleId,
                            changelogResource);
                    state(moduleId, PartState.READY, null);
                    return 0;
                }
                state(moduleId, PartState.MIGRATING, OperationsMessages.message("schema.migrating"));
                int applied = Scope.child(scope(resources), () -> update(connection, changelogResource));
                LOG.info("Schema of {}: {} changeset(s) applied from {}", moduleId, applied, changelogResource);
                SchemaFingerprint.store(connection, moduleId, fingerprint);
                state(moduleId, PartState.READY, null);
                return applied;
            } catch (SQLException e) {
                state(moduleId, PartState.UNAVAILABLE, OperationsMessages.message("schema.databaseDown"));
                throw new IllegalStateException("cannot connect to migrate the schema of " + moduleId, e);
            } catch (InterruptedException e) {
                thread.interrupt();
                state(moduleId, PartState.FAILED, OperationsMessages.message("schema.interrupted"));
                throw new IllegalStateException("schema migration of " + moduleId + " interrupted", e);
            } catch (Exception e) {
                state(moduleId, PartState.FAILED, OperationsMessages.message("schema.failed"));
                throw new IllegalStateException("schema migration of " + moduleId + " failed: " + e.getMessage(), e);
            } catch (Error e) {
                // e.g. a class Liquibase looks up by name that is not visible inside OSGi: without this the status
                // would say MIGRATING for ever and karaf.log nothing (the migration thread's Error goes to stderr)
                state(moduleId, PartState.FAILED, OperationsMessages.message("schema.failed"));
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                throw new IllegalStateException("schema migration of " + moduleId + " failed: " + e, e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** Waits while someone holds the migration lock; releases it once it is stale. */
    private void awaitLock(String moduleId, Connection connection) throws SQLException, InterruptedException {
        Instant warned = null;
        while (true) {
            Optional<MigrationLockDTO> lock = MigrationLock.held(connection, staleAfter);
            if (lock.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            MigrationLockDTO held = lock.get();
            if (!now.isBefore(held.staleAt)) {
                if (MigrationLock.release(connection)) {
                    LOG.warn("Released the schema migration lock held by {} since {}: older than {} minutes, left over by"
                            + " a migration that did not finish (schema.lock.stale.minutes)", held.lockedBy, held.grantedAt,
                            staleAfter.toMinutes());
                }
                return;
            }
            state(moduleId, PartState.WAITING_FOR_LOCK, OperationsMessages.message("schema.lockWait",
                    String.valueOf(held.grantedAt), String.valueOf(held.staleAt)));
            if (!held.grantedAt.equals(warned)) {
                warned = held.grantedAt;
                LOG.warn("Schema of {} waits for the migration lock held by {} since {}; released by itself at {}, or now"
                        + " with registry:schema-unlock", moduleId, held.lockedBy, held.grantedAt, held.staleAt);
            }
            synchronized (lockReleased) {
                if (stopped) {
                    throw new InterruptedException("stopping");
                }
                long until = Math.min(POLL_MILLIS, Math.max(1, held.staleAt.toEpochMilli() - now.toEpochMilli()));
                lockReleased.wait(until);
            }
            if (stopped) {
                throw new InterruptedException("stopping");
            }
        }
    }

    /** The migration lock, while someone holds it. */
    public Optional<MigrationLockDTO> lock() {
        try (Connection c = dataSource.getConnection()) {
            return MigrationLock.held(c, staleAfter);
        } catch (SQLException e) {
            LOG.debug("Cannot read the migration lock", e);
            return Optional.empty();
        }
    }

    /**
     * Releases a held migration lock: a leftover unless one of this platform's migrations runs now (they run one
     * at a time, and a running one holds the lock itself).
     */
    public Optional<MigrationLockDTO> releaseLock() {
        if (parts.values().stream().anyMatch(p -> p.state == PartState.MIGRATING)) {
            throw new ConflictException(null, OperationsMessages.message("schema.unlockWhileMigrating"));
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<MigrationLockDTO> held = MigrationLock.held(c, staleAfter);
            if (held.isPresent() && MigrationLock.release(c)) {
                LOG.warn("Released the schema migration lock held by {} since {} on an administrator's command",
                        held.get().lockedBy, held.get().grantedAt);
                synchronized (lockReleased) {
                    lockReleased.notifyAll();
                }
                return held;
            }
            return Optional.empty();
        } catch (SQLException e) {
            LOG.warn("Cannot reach the database to release the migration lock", e);
            throw new ConflictException(null, OperationsMessages.message("schema.unlockNoDatabase"));
        }
    }

    /** How far each schema got: the registry's and every module's that asked for a migration. */
    public List<PartStatusDTO> parts() {
        List<PartStatusDTO> copy = new ArrayList<>();
        parts.values().forEach(p -> {
            PartStatusDTO c = new PartStatusDTO(p.name, p.state, p.detail, p.since);
            c.text = p.text;
            copy.add(c);
        });
        copy.sort((a, b) -> a.name.compareTo(b.name));
        return copy;
    }

    private void state(String moduleId, PartState state, Message text) {
        String detail = text == null ? null : text.render(Message.CHINESE);
        parts.compute(moduleId, (id, old) -> old != null && old.state == state && java.util.Objects.equals(old.detail, detail)
                ? old : PartStatusDTO.of(id, state, text, clock.instant()));
    }

    private static Map<String, Object> scope(ClassLoader resources) {
        return Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.command.showSummaryOutput", "LOG",
                // A county server has no internet access; never try to phone home.
                "liquibase.analytics.enabled", Boolean.FALSE);
    }

    private static int update(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(changelog, Scope.getCurrentScope().getResourceAccessor(), database);
        int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
        if (pending > 0) {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute();
        }
        return pending;
    }
}
