package org.guanai.registry.internal.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.guanai.backup.DataHome;
import org.guanai.backup.DerbyBackup;
import org.guanai.backup.Restore;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.operations.PartState;
import org.guanai.registry.api.operations.PartStatusDTO;
import org.guanai.registry.internal.schema.SchemaNotReadyException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data home ({@link DataHome}: {@code guanai.data}) and the database in it, opened once before the first
 * schema migration. With embedded Derby (the DataSource's {@code url} is {@code jdbc:derby:FOLDER}):
 * <ol>
 * <li>a restore staged by {@code registry:restore} replaces the database first (the replaced one kept aside),
 * unless this JVM has the database open already (then it waits for the next start);</li>
 * <li>a database in FOLDER is opened as it is;</li>
 * <li>no database and a data home that never had one (no {@value DataHome#MARKER}, no backups, no FOLDER):
 * a first start, so an empty database is created and the marker written;</li>
 * <li>no database in a data home that had one: nothing is created; the status says why (503) until an
 * administrator restores a backup. The DataSource's URL carries no {@code create=true}, so nothing else creates
 * one either.</li>
 * </ol>
 * Other databases (PostgreSQL) are the administrator's to create; the data home then holds backups, files and logs.
 */
@Component(service = DatabaseHome.class)
public class DatabaseHome {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHome.class);
    static final String PART = "data-home";

    private final DataHome home;
    /** The embedded Derby database's folder, or null for another database. */
    private final Path derbyFolder;
    private final OsgiDerbyDatabases derby;
    private final String version;
    private volatile PartStatusDTO state;
    private boolean opened;
    private volatile Restore.Applied restored;

    @Activate
    public DatabaseHome(BundleContext context,
                        @Reference(name = "dataSource", service = DataSource.class,
                                target = "(osgi.jndi.service.name=guanai)") Map<String, Object> dataSource,
                        // mandatory: guanai-persistence always installs pax-jdbc-derby, PostgreSQL or not
                        @Reference(name = "derby", target = "(osgi.jdbc.driver.name=derby)") DataSourceFactory derby) {
        this(dataHome(context), derbyFolder(String.valueOf(dataSource.get("url"))), new OsgiDerbyDatabases(derby),
                context.getBundle().getVersion().toString());
        if (String.valueOf(dataSource.get("url")).contains("create=true")) {
            LOG.warn("The DataSource URL in etc/org.ops4j.datasource-guanai.cfg has ;create=true: remove it, or a missing"
                    + " database is silently replaced by an empty one. Guanai creates its database on a first start itself.");
        }
    }

    DatabaseHome(DataHome home, Path derbyFolder, OsgiDerbyDatabases derby, String version) {
        this.home = home;
        this.derbyFolder = derbyFolder;
        this.derby = derby;
        this.version = version;
        this.state = PartStatusDTO.of(PART, PartState.STARTING, OperationsMessages.message("home.opening"), Instant.now());
    }

    /** {@code guanai.data}, or the folder {@code guanai-data} beside Karaf's home when it is not set. */
    static DataHome dataHome(BundleContext context) {
        String configured = context.getProperty(DataHome.PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new DataHome(Path.of(configured.trim()));
        }
        String karafHome = context.getProperty("karaf.home");
        return new DataHome(Path.of(karafHome == null ? "." : karafHome).resolve("..").resolve("guanai-data"));
    }

    /** The folder of an embedded Derby URL ({@code jdbc:derby:/x/derby;…}), or null for any other database. */
    static Path derbyFolder(String url) {
        if (url == null || !url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return null;
        }
        String rest = url.substring("jdbc:derby:".length());
        int attributes = rest.indexOf(';');
        String folder = attributes < 0 ? rest : rest.substring(0, attributes);
        if (folder.startsWith("directory:")) {
            folder = folder.substring("directory:".length());
        }
        return folder.isBlank() || folder.contains(":") && !folder.matches("[A-Za-z]:.*")
                ? null : Path.of(folder).toAbsolutePath().normalize();
    }

    public DataHome home() {
        return home;
    }

    /** The embedded Derby database's folder, if that is the database. */
    public Optional<Path> derbyFolder() {
        return Optional.ofNullable(derbyFolder);
    }

    /** Opening Derby databases by folder, when the database is embedded Derby. */
    public Optional<org.guanai.backup.Databases> databases() {
        return Optional.ofNullable(derby);
    }

    public PartStatusDTO state() {
        return state;
    }

    /** The restore this start applied, if any. */
    public Optional<Restore.Applied> restored() {
        return Optional.ofNullable(restored);
    }

    /** Prepares the data home and its database; idempotent. */
    public synchronized void open() throws SchemaNotReadyException {
        if (opened) {
            return;
        }
        try {
            home.createFolders();
            if (derbyFolder == null) {
                LOG.info("Data home {} (backups, files, logs); the database is not embedded Derby", home.root());
            } else {
                openDerby();
            }
            opened = true;
            state = PartStatusDTO.of(PART, PartState.READY, null, Instant.now());
        } catch (SchemaNotReadyException e) {
            state = PartStatusDTO.of(PART, e.state(), e.text(), Instant.now());
            throw e;
        } catch (IOException | SQLException e) {
            LOG.error("Cannot open the data home {}", home.root(), e);
            state = PartStatusDTO.of(PART, PartState.FAILED, OperationsMessages.message("home.failed"), Instant.now());
            throw new SchemaNotReadyException(PartState.FAILED, state.text);
        }
    }

    private void openDerby() throws IOException, SQLException, SchemaNotReadyException {
        if (Restore.staged(home).isPresent()) {
            if (DataHome.inUse(derbyFolder)) {
                LOG.warn("A restore is staged in {}, but the database is open in this JVM: restart Guanai to apply it",
                        home.staged());
            } else {
                restored = Restore.applyStaged(home, derbyFolder).orElse(null);
                if (restored != null) {
                    home.mark("restored from " + restored.backup(), version);
                    LOG.warn("Restored backup {} into {}; the database it replaced is kept in {}", restored.backup(),
                            derbyFolder, restored.replaced());
                }
            }
        }
        if (DataHome.isDatabase(derbyFolder)) {
            home.mark("found at a start of Guanai " + version, version);
            LOG.info("Data home {}: database {}", home.root(), derbyFolder);
            return;
        }
        Optional<Properties> marker = home.marker();
        boolean hadOne = marker.isPresent() || Files.exists(derbyFolder) || !DerbyBackup.list(home).isEmpty();
        if (hadOne) {
            Message since = marker.map(p -> OperationsMessages.message("home.created", p.getProperty("created", "?")))
                    .orElse(Message.literal(""));
            LOG.error("No database in {}, but the data home {} held one{}: Guanai creates none. Restore a backup"
                    + " (bin/guanai-restore, README: Backup and restore), or point guanai.data at the right folder.",
                    derbyFolder, home.root(), since.render(Message.ENGLISH));
            throw new SchemaNotReadyException(PartState.FAILED, OperationsMessages.message("home.noDatabase", since));
        }
        try (Connection created = derby.create(derbyFolder)) {
            LOG.info("First start: created an empty database in {} (data home {})", derbyFolder, home.root());
        }
        home.mark("created by a first start of Guanai " + version, version);
    }
}
