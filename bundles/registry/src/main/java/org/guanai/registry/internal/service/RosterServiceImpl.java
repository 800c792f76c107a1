package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.internal.cluster.Node;
import org.guanai.registry.internal.roster.RosterReader;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import org.guanai.registry.api.Message;

/**
 * Roster imports ({@link ImportQueue} takes files in within {@link ImportLimits}, {@link ImportJobs} runs them
 * through {@link RosterImport}) and export ({@link RosterExport}). Imports run one at a time on this
 * component's own thread, as the caller who submitted them. Jobs and their reports are in the database
 * ({@link ImportJobStore}): every node on it lists and follows them, and marks those of a node that died failed.
 */
@Component(service = RosterService.class, configurationPid = RosterServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class RosterServiceImpl implements RosterService {

    /** The registry's PID; its import.max.* keys are this component's (described with the PID's other keys). */
    static final String PID = "org.guanai.registry";

    /** The import limits of {@value #PID}. */
    public @interface Config {
        /** The largest roster file, in MB (an upload larger is refused with 413). */
        int import_max_megabytes() default ImportLimits.DEFAULT_MEGABYTES;

        /** How many imports may wait at once, their files not yet read (more are refused with 503 and Retry-After). */
        int import_max_pending() default ImportLimits.DEFAULT_PENDING;

        /** The most data rows a roster file may have. */
        int import_max_rows() default RosterReader.MAX_ROWS;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RosterServiceImpl.class);

    private final RosterImport engine;
    private final ImportJobs jobs;
    private final ImportQueue queue;
    private final RosterExport export;
    private final RosterLayouts layouts;
    private final ImportLimits limits = new ImportLimits(ImportLimits.Settings.DEFAULT);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guanai-roster-import");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "guanai-import-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public RosterServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                             @Reference(name = "divisions") DivisionService divisions,
                             @Reference(name = "visibility") Visibility visibility,
                             @Reference(name = "audit") AuditService audit,
                             @Reference(name = "schema") RegistrySchema schema,
                             Config config) {
        this(jpa, divisions, Clock.systemDefaultZone(), new CallerView(visibility), audit);
        // before any job of this start: imports the trail shows started and never ended get a row saying so
        jobs.store().interruptDead();
        InterruptedImports.record(audit, jobs.store()::known);
        modified(config);
        long beat = ImportJobStore.HEARTBEAT.toMillis();
        heartbeat.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    RosterServiceImpl(JpaTemplate jpa, DivisionService divisions, Clock clock) {
        this(jpa, divisions, clock, CallerView.TRUSTING, null);
    }

    RosterServiceImpl(JpaTemplate jpa, DivisionService divisions, Clock clock, CallerView visibility, AuditService audit) {
        this.engine = new RosterImport(jpa, divisions, clock, visibility::scope, audit);
        this.layouts = new RosterLayouts(jpa);
        this.jobs = new ImportJobs(engine, audit, new ImportJobStore(jpa, Clock.systemUTC(), Node.id(), audit));
        this.queue = new ImportQueue(jobs, layouts, limits, executor);
        this.export = new RosterExport(jpa, divisions, visibility, audit);
    }

    /** Says this node's jobs still run, and marks those of a node that stopped saying so. */
    private void heartbeat() {
        try {
            jobs.store().heartbeat();
            jobs.store().interruptDead();
        } catch (RuntimeException e) {
            LOG.warn("Import jobs' heartbeat failed (tried again in {} s): {}", ImportJobStore.HEARTBEAT.toSeconds(),
                    e.toString());
        }
    }

    @Modified
    void modified(Config config) {
        limits.configure(ImportLimits.Settings.of(config.import_max_megabytes(), config.import_max_pending(),
                config.import_max_rows()));
    }

    /** For tests: the limits, to change them. */
    ImportLimits limits() {
        return limits;
    }

    /** For tests: the engine, to inject chunk failures or change the chunk size. */
    RosterImport engine() {
        return engine;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        heartbeat.shutdownNow();
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options) {
        return ImportJobs.in(queue.submit(file, deleteWhenDone, options), Message.CHINESE);
    }

    @Override
    public ImportJobDTO submit(InputStream upload, ImportOptions options) throws IOException {
        return ImportJobs.in(queue.submit(upload, options), Message.CHINESE);
    }

    @Override
    public Optional<ImportJobDTO> job(String id) {
        return job(id, Message.CHINESE);
    }

    @Override
    public Optional<ImportJobDTO> job(String id, Locale language) {
        return jobs.job(id).map(j -> ImportJobs.in(j, language));
    }

    @Override
    public List<ImportJobDTO> jobs() {
        return jobs(Message.CHINESE);
    }

    @Override
    public List<ImportJobDTO> jobs(Locale language) {
        return jobs.jobs().stream().map(j -> ImportJobs.in(j, language)).toList();
    }

    @Override
    public ImportJobDTO awaitProgress(String id, Duration timeout) throws InterruptedException {
        return awaitProgress(id, timeout, Message.CHINESE);
    }

    @Override
    public ImportJobDTO awaitProgress(String id, Duration timeout, Locale language) throws InterruptedException {
        return ImportJobs.in(jobs.awaitProgress(id, timeout), language);
    }

    @Override
    public List<ImportProblemDTO> report(String id) {
        return report(id, Message.CHINESE);
    }

    @Override
    public List<ImportProblemDTO> report(String id, Locale language) {
        return ImportJobs.in(jobs.report(id), language);
    }

    @Override
    public void writeReport(String id, OutputStream out) throws IOException {
        writeReport(id, out, Message.CHINESE);
    }

    @Override
    public void writeReport(String id, OutputStream out, Locale language) throws IOException {
        jobs.writeReport(id, out, language);
    }

    @Override
    public int export(RosterExportQuery query, OutputStream out) throws IOException {
        return export.export(query, out);
    }

    @Override
    public List<String> layouts() {
        return layouts.names();
    }
}
