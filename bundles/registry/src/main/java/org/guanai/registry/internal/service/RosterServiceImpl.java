package org.guanai.registry.internal.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.registry.api.security.UserAccessService;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Roster import jobs ({@link ImportJobs}, run by {@link RosterImport}) and export ({@link RosterExport}). Imports
 * run one at a time on this component's own thread, as the caller who submitted them.
 */
@Component(service = RosterService.class)
public class RosterServiceImpl implements RosterService {

    private final RosterImport engine;
    private final ImportJobs jobs;
    private final RosterExport export;
    private final RosterLayouts layouts;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guanai-roster-import");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public RosterServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                             @Reference(name = "divisions") DivisionService divisions,
                             @Reference(name = "access") UserAccessService access,
                             @Reference(name = "audit") AuditService audit,
                             @Reference(name = "schema") RegistrySchema schema) {
        this(jpa, divisions, Clock.systemDefaultZone(), new Visibility(access), audit);
    }

    RosterServiceImpl(JpaTemplate jpa, DivisionService divisions, Clock clock) {
        this(jpa, divisions, clock, Visibility.TRUSTING, null);
    }

    RosterServiceImpl(JpaTemplate jpa, DivisionService divisions, Clock clock, Visibility visibility, AuditService audit) {
        this.engine = new RosterImport(jpa, divisions, clock, visibility::scope, audit);
        this.layouts = new RosterLayouts(jpa);
        this.jobs = new ImportJobs(engine, layouts, executor, audit);
        this.export = new RosterExport(jpa, divisions, visibility, audit);
    }

    /** For tests: the engine, to inject chunk failures or change the chunk size. */
    RosterImport engine() {
        return engine;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options) {
        return jobs.submit(file, deleteWhenDone, options);
    }

    @Override
    public Optional<ImportJobDTO> job(String id) {
        return jobs.job(id);
    }

    @Override
    public List<ImportJobDTO> jobs() {
        return jobs.jobs();
    }

    @Override
    public ImportJobDTO awaitProgress(String id, Duration timeout) throws InterruptedException {
        return jobs.awaitProgress(id, timeout);
    }

    @Override
    public List<ImportProblemDTO> report(String id) {
        return jobs.report(id);
    }

    @Override
    public void writeReport(String id, OutputStream out) throws IOException {
        jobs.writeReport(id, out);
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
