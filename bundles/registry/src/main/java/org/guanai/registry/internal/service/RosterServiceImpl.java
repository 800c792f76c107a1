package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Roles;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.jpa.support.Scoping;
import org.guanai.registry.api.security.Visibility;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportOptions;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.roster.RosterExportQuery;
import org.guanai.registry.api.roster.RosterFormat;
import org.guanai.registry.api.roster.RosterService;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.internal.jpa.GuardianshipEntity;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.jpa.MigrantMemberEntity;
import org.guanai.registry.internal.jpa.PersonEntity;
import org.guanai.registry.internal.roster.Csv;
import org.guanai.registry.internal.roster.RosterFileException;
import org.guanai.registry.internal.roster.RosterReader;
import org.guanai.registry.internal.roster.RosterValues;
import org.guanai.registry.internal.roster.Xlsx;
import org.guanai.registry.internal.schema.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster import jobs and export. Imports run one at a time on this component's own thread, as the caller
 * who submitted them. Jobs are kept in memory (the last {@link #KEPT_JOBS}): a restart forgets a job's
 * status and report, never the data it imported — re-running the file shows it all unchanged.
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

    static final int KEPT_JOBS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(RosterServiceImpl.class);

    private final JpaTemplate jpa;
    private final DivisionService divisions;
    private final CallerView visibility;
    /** Null in tests that do not audit. */
    private final AuditService audit;
    private final RosterImport engine;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guanai-roster-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ImportLimits limits = new ImportLimits(ImportLimits.Settings.DEFAULT);

    @Activate
    public RosterServiceImpl(@Reference(name = "jpa", target = RegistryUnit.TARGET) JpaTemplate jpa,
                             @Reference(name = "divisions") DivisionService divisions,
                             @Reference(name = "visibility") Visibility visibility,
                             @Reference(name = "audit") AuditService audit,
                             @Reference(name = "schema") RegistrySchema schema,
                             Config config) {
        this(jpa, divisions, Clock.systemDefaultZone(), new CallerView(visibility), audit);
        // before any job of this start: imports the trail shows started and never ended get a row saying so
        InterruptedImports.record(audit);
        modified(config);
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

    RosterServiceImpl(JpaTemplate jpa, DivisionService divisions, Clock clock) {
        this(jpa, divisions, clock, CallerView.TRUSTING, null);
    }

    RosterServiceImpl(JpaTemplate jpa, DivisionService divisions, Clock clock, CallerView visibility, AuditService audit) {
        this.jpa = jpa;
        this.divisions = divisions;
        this.visibility = visibility;
        this.audit = audit;
        this.engine = new RosterImport(jpa, divisions, clock, visibility::scope);
    }

    private void audit(AuditEvent.Builder event) {
        if (audit != null) {
            audit.record(event.build());
        }
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

    // ---------------------------------------------------------------- import jobs

    private static final class Job {
        final ImportJobDTO dto = new ImportJobDTO();
        final List<ImportProblemDTO> problems = new ArrayList<>();
        final Caller caller;
        long startNanos;

        Job(Caller caller) {
            this.caller = caller;
        }
    }

    @Override
    public ImportJobDTO submit(Path file, boolean deleteWhenDone, ImportOptions options) {
        ImportLimits.Slot slot;
        try {
            slot = limits.take();
        } catch (RuntimeException e) {
            deleteIf(deleteWhenDone, file);
            throw e;
        }
        return queue(file, deleteWhenDone, options, slot);
    }

    @Override
    public ImportJobDTO submit(InputStream upload, ImportOptions options) throws IOException {
        // the slot first: a busy server refuses before keeping a byte of the upload
        ImportLimits.Slot slot;
        try {
            slot = limits.take();
        } catch (LimitExceededException busy) {
            limits.discard(upload);
            throw busy;
        }
        Path file;
        try {
            file = limits.receive(upload);
        } catch (IOException | RuntimeException e) {
            slot.release();
            throw e;
        }
        return queue(file, true, options, slot);
    }

    /**
     * Checks the file starts like a roster (so a file that is none is refused to the caller, 400, instead of
     * becoming a failed job) and queues it: the job reads it when it runs, one at a time, row by row.
     */
    private ImportJobDTO queue(Path file, boolean deleteWhenDone, ImportOptions options, ImportLimits.Slot slot) {
        ImportOptions o = options == null ? new ImportOptions() : options;
        boolean queued = false;
        try {
            limits.checkSize(file);
            RosterReader.check(file);
            Caller caller = CallerContext.current().orElse(null);
            Job job = new Job(caller);
            job.dto.id = UUID.randomUUID().toString();
            job.dto.status = ImportStatus.QUEUED;
            job.dto.dryRun = o.dryRun;
            job.dto.confirmDuplicates = o.confirmDuplicates;
            job.dto.fileName = o.fileName != null ? o.fileName : file.getFileName().toString();
            job.dto.user = caller == null ? null : caller.user();
            synchronized (jobs) {
                jobs.put(job.dto.id, job);
                forgetOldJobs();
            }
            ImportJobDTO snapshot = snapshot(job);
            int maxRows = limits.settings().maxRows();
            executor.execute(() -> {
                Read read;
                try {
                    read = read(file, maxRows);
                } finally {
                    // read whole now (or refused): the upload and the slot are not needed any more
                    deleteIf(deleteWhenDone, file);
                    slot.release();
                }
                as(caller, () -> {
                    if (read.reader == null) {
                        refuse(job, read.refusal);
                    } else {
                        run(job, read.reader, o);
                    }
                    return null;
                });
            });
            queued = true;
            return snapshot;
        } catch (RosterFileException e) {
            throw ValidationException.of("file", e.getMessage());
        } catch (IOException e) {
            throw ValidationException.of("file", "cannot be read (" + e.getMessage() + ")");
        } finally {
            if (!queued) {
                deleteIf(deleteWhenDone, file);
                slot.release();
            }
        }
    }

    /** A file read whole, or why it is not imported. */
    private record Read(RosterReader reader, String refusal) {
    }

    /** On the executor's thread, so one roster at a time is in memory: the whole file, row by row. */
    private static Read read(Path file, int maxRows) {
        try {
            return new Read(RosterReader.read(file, maxRows), null);
        } catch (RosterFileException e) {
            return new Read(null, e.getMessage());
        } catch (IOException e) {
            return new Read(null, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The job's file turned out to be no roster, or a larger one than allowed: nothing written. */
    private void refuse(Job job, String why) {
        audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id).outcome(AuditOutcome.FAILED)
                .detail(job.dto.fileName + ": not imported: " + why));
        fail(job, "not imported, nothing written: " + why);
    }

    private static <T> T as(Caller caller, java.util.function.Supplier<T> work) {
        return caller == null ? work.get() : CallerContext.callAs(caller, work);
    }

    private static void deleteIf(boolean delete, Path file) {
        if (delete) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the uploaded roster {}", file, e);
            }
        }
    }

    /** Runs a job on the calling thread (the executor's). */
    void run(Job job, RosterReader reader, ImportOptions options) {
        synchronized (job) {
            job.dto.status = ImportStatus.RUNNING;
            job.dto.startedAt = Instant.now();
            job.startNanos = System.nanoTime();
            job.notifyAll();
        }
        audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id)
                .detail(InterruptedImports.STARTED + job.dto.fileName + (job.dto.dryRun ? " (dry run)" : "")));
        try {
            RosterImport.Result result = engine.run(reader, options, new RosterImport.Progress() {
                @Override
                public void validated(int rowsTotal, int rowsSettled) {
                    update(job, d -> {
                        d.rowsTotal = rowsTotal;
                        d.rowsDone = rowsSettled;
                    });
                }

                @Override
                public void chunkDone(int rows, int imported, int unchanged) {
                    update(job, d -> {
                        d.rowsDone += rows;
                        d.rowsImported += imported;
                        d.rowsUnchanged += unchanged;
                    });
                }
            });
            update(job, d -> {
                d.rowsTotal = result.rowsTotal;
                d.rowsDone = result.rowsTotal;
                d.rowsImported = result.imported;
                d.rowsUnchanged = result.unchanged;
                d.rowsRejected = result.rejected;
                d.duplicatesSuspected = result.duplicates;
                d.rowsWithWarnings = result.withWarnings;
                job.problems.addAll(result.problems);
                d.message = (d.dryRun ? "dry run, nothing written: " : "") + result.imported
                        + (d.dryRun ? " rows would be imported or updated, " : " rows imported or updated, ")
                        + result.unchanged + " unchanged, " + result.rejected + " rejected, " + result.duplicates
                        + " possible duplicates";
                d.status = ImportStatus.DONE;
            });
            audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id)
                    .detail(job.dto.fileName + ": " + job.dto.message));
        } catch (RuntimeException e) {
            LOG.error("Roster import {} failed", job.dto.id, e);
            audit(AuditEvent.of(AuditOperations.IMPORT).record("import", job.dto.id).outcome(AuditOutcome.FAILED)
                    .detail(job.dto.fileName + ": stopped after " + job.dto.rowsDone + " rows"));
            fail(job, "stopped after " + job.dto.rowsDone + " rows (" + rootMessage(e) + "); the chunks before are"
                    + " stored, each whole; run the file again to complete it");
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }

    private void fail(Job job, String message) {
        update(job, d -> {
            d.status = ImportStatus.FAILED;
            d.message = message;
        });
    }

    private static void update(Job job, java.util.function.Consumer<ImportJobDTO> change) {
        synchronized (job) {
            change.accept(job.dto);
            double seconds = (System.nanoTime() - job.startNanos) / 1e9;
            job.dto.rowsPerSecond = seconds > 0 ? Math.round(job.dto.rowsDone / seconds * 10) / 10.0 : 0;
            if (job.dto.status == ImportStatus.DONE || job.dto.status == ImportStatus.FAILED) {
                job.dto.finishedAt = Instant.now();
            }
            job.notifyAll();
        }
    }

    private void forgetOldJobs() {
        var it = jobs.entrySet().iterator();
        while (jobs.size() > KEPT_JOBS && it.hasNext()) {
            Job j = it.next().getValue();
            if (j.dto.status == ImportStatus.DONE || j.dto.status == ImportStatus.FAILED) {
                it.remove();
            }
        }
    }

    private static ImportJobDTO snapshot(Job job) {
        synchronized (job) {
            ImportJobDTO s = new ImportJobDTO();
            ImportJobDTO d = job.dto;
            s.id = d.id;
            s.status = d.status;
            s.dryRun = d.dryRun;
            s.confirmDuplicates = d.confirmDuplicates;
            s.fileName = d.fileName;
            s.rowsTotal = d.rowsTotal;
            s.rowsDone = d.rowsDone;
            s.rowsImported = d.rowsImported;
            s.rowsUnchanged = d.rowsUnchanged;
            s.rowsRejected = d.rowsRejected;
            s.duplicatesSuspected = d.duplicatesSuspected;
            s.rowsWithWarnings = d.rowsWithWarnings;
            s.user = d.user;
            s.startedAt = d.startedAt;
            s.finishedAt = d.finishedAt;
            s.rowsPerSecond = d.rowsPerSecond;
            s.message = d.message;
            return s;
        }
    }

    /** A job is its submitter's, and an admin's; internal code (no caller) sees every job. */
    private Optional<Job> visible(String id) {
        Job job;
        synchronized (jobs) {
            job = id == null ? null : jobs.get(id);
        }
        if (job == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = CallerContext.current();
        if (caller.isEmpty() || caller.get().hasRole(Roles.ADMIN) || job.caller == null
                || job.caller.user().equals(caller.get().user())) {
            return Optional.of(job);
        }
        return Optional.empty();
    }

    @Override
    public Optional<ImportJobDTO> job(String id) {
        return visible(id).map(RosterServiceImpl::snapshot);
    }

    @Override
    public List<ImportJobDTO> jobs() {
        List<Job> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        List<ImportJobDTO> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            visible(all.get(i).dto.id).ifPresent(j -> out.add(snapshot(j)));
        }
        return out;
    }

    @Override
    public ImportJobDTO awaitProgress(String id, Duration timeout) throws InterruptedException {
        Job job = visible(id).orElseThrow(() -> new NotFoundException("import", id));
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (job) {
            int done = job.dto.rowsDone;
            ImportStatus status = job.dto.status;
            while (job.dto.rowsDone == done && job.dto.status == status && !finished(job.dto)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(job, left);
            }
        }
        return snapshot(job);
    }

    private static boolean finished(ImportJobDTO d) {
        return d.status == ImportStatus.DONE || d.status == ImportStatus.FAILED;
    }

    @Override
    public List<ImportProblemDTO> report(String id) {
        Job job = visible(id).orElseThrow(() -> new NotFoundException("import", id));
        synchronized (job) {
            return List.copyOf(job.problems);
        }
    }

    @Override
    public void writeReport(String id, OutputStream out) throws IOException {
        List<ImportProblemDTO> problems = report(id);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        Csv.writeRow(w, List.of("line", "column", "problem", "expected", "severity", "sheet"));
        for (ImportProblemDTO p : problems) {
            Csv.writeRow(w, List.of(Integer.toString(p.line), nz(p.column), nz(p.problem), nz(p.expected),
                    p.severity.name(), nz(p.sheet)));
        }
        w.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- export


    @Override
    public int export(RosterExportQuery query, OutputStream out) throws IOException {
        RosterExportQuery q = query == null ? new RosterExportQuery() : query;
        // Full view: trusted internal code, or a full-view role that asked with a reason.
        boolean full = !visibility.masks();
        Scoping.Condition inScope = Scoping.condition(visibility.scope(), "p.townshipCode", "p.villageCode");
        List<List<String>> rows = jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder jpql = new StringBuilder("SELECT p FROM Person p WHERE 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (inScope != null) {
                // the caller's divisions, as every list of persons has them; positional marks become named ones
                String condition = inScope.jpql;
                for (int i = 0; i < inScope.values.size(); i++) {
                    condition = condition.replaceFirst("\\?", ":scope" + i);
                    params.put("scope" + i, inScope.values.get(i));
                }
                jpql.append(" AND ").append(condition);
            }
            if (q.townshipCode != null) {
                jpql.append(" AND p.townshipCode = :t");
                params.put("t", q.townshipCode);
            }
            if (q.villageCode != null) {
                jpql.append(" AND p.villageCode = :v");
                params.put("v", q.villageCode);
            }
            if (q.category != null) {
                jpql.append(" AND ").append(PersonServiceImpl.categoryPath(q.category).replace("e.", "p."))
                        .append(" = :c");
                params.put("c", Boolean.TRUE);
            }
            jpql.append(" ORDER BY p.householdId, p.id");
            TypedQuery<PersonEntity> tq = em.createQuery(jpql.toString(), PersonEntity.class);
            params.forEach(tq::setParameter);
            List<PersonEntity> persons = tq.getResultList();

            Map<Long, HouseholdEntity> households = new HashMap<>();
            List<Long> householdIds = persons.stream().map(PersonEntity::getHouseholdId)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            for (int i = 0; i < householdIds.size(); i += RosterImport.LOOKUP_BATCH) {
                for (HouseholdEntity h : em.createQuery("SELECT h FROM Household h WHERE h.id IN :ids",
                        HouseholdEntity.class)
                        .setParameter("ids", householdIds.subList(i, Math.min(householdIds.size(),
                                i + RosterImport.LOOKUP_BATCH)))
                        .setHint("eclipselink.batch", "h.migrantMembers").setHint("eclipselink.batch.type", "IN")
                        .getResultList()) {
                    households.put(h.getId(), h);
                }
            }
            Map<Long, GuardianshipEntity> guardians = new HashMap<>();
            List<Long> children = persons.stream().filter(PersonEntity::isChild).map(PersonEntity::getId).toList();
            for (int i = 0; i < children.size(); i += RosterImport.LOOKUP_BATCH) {
                for (GuardianshipEntity g : em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id IN :ids"
                        + " AND g.status = :active ORDER BY g.id", GuardianshipEntity.class)
                        .setParameter("active", org.guanai.registry.api.Status.ACTIVE)
                        .setParameter("ids", children.subList(i, Math.min(children.size(), i + RosterImport.LOOKUP_BATCH)))
                        .getResultList()) {
                    guardians.putIfAbsent(g.getChild().getId(), g);
                }
            }
            return rows(persons, households, guardians, full);
        });
        audit(AuditEvent.of(AuditOperations.EXPORT).record("roster", null)
                .detail(rows.size() + " rows; township=" + q.townshipCode + ", village=" + q.villageCode + ", category="
                        + q.category + ", " + q.format + (full ? ", full view" + CallerContext.current()
                        .flatMap(Caller::unmaskReason).map(r -> " (" + r + ")").orElse("") : ", masked")));
        List<String> header = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            header.add(c.chinese());
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        if (q.format == RosterFormat.XLSX) {
            Xlsx.write(out, "花名册", all);
        } else {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            for (List<String> row : all) {
                Csv.writeRow(w, row);
            }
            w.flush();
        }
        return (int) rows.stream().filter(r -> !r.get(NAME.ordinal()).isEmpty()).count();
    }

    private List<List<String>> rows(List<PersonEntity> persons, Map<Long, HouseholdEntity> households,
                                    Map<Long, GuardianshipEntity> guardians, boolean full) {
        Map<Long, List<PersonEntity>> byHousehold = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        List<PersonEntity> alone = new ArrayList<>();
        for (PersonEntity p : persons) {
            if (p.getHouseholdId() == null || !households.containsKey(p.getHouseholdId())) {
                alone.add(p);
            } else {
                byHousehold.computeIfAbsent(p.getHouseholdId(), h -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<Long, List<PersonEntity>> e : byHousehold.entrySet()) {
            HouseholdEntity h = households.get(e.getKey());
            List<MigrantMemberEntity> migrants = h.getMigrantMembers();
            int n = Math.max(e.getValue().size(), migrants.size());
            boolean notesWritten = h.getNotes() == null;
            for (int i = 0; i < n || !notesWritten; i++) {
                Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
                household(row, h, full);
                if (i < e.getValue().size()) {
                    person(row, e.getValue().get(i), guardians.get(e.getValue().get(i).getId()), full);
                } else if (!notesWritten) {
                    row.put(NOTES, h.getNotes());
                    notesWritten = true;
                }
                if (i < migrants.size()) {
                    migrant(row, migrants.get(i), full);
                }
                rows.add(list(row));
            }
        }
        for (PersonEntity p : alone) {
            Map<RosterColumn, String> row = new EnumMap<>(RosterColumn.class);
            row.put(TOWNSHIP, divisionName(p.getTownshipCode()));
            row.put(VILLAGE, divisionName(p.getVillageCode()));
            person(row, p, guardians.get(p.getId()), full);
            rows.add(list(row));
        }
        return rows;
    }

    private void household(Map<RosterColumn, String> row, HouseholdEntity h, boolean full) {
        row.put(HOUSEHOLD_KEY, h.getHouseholdKey() != null ? h.getHouseholdKey() : "#" + h.getId());
        row.put(TOWNSHIP, divisionName(h.getTownshipCode()));
        row.put(VILLAGE, divisionName(h.getVillageCode()));
        row.put(ADDRESS, h.getAddress());
        row.put(HEAD_NAME, h.getHeadName());
        row.put(HOUSEHOLD_PHONE, phone(h.getContactPhone(), full));
        row.put(HARDSHIP, h.isHardship() ? "是" : "否");
    }

    private static void person(Map<RosterColumn, String> row, PersonEntity p, GuardianshipEntity g, boolean full) {
        row.put(NAME, p.getName());
        row.put(GENDER, RosterValues.GENDER.get(p.getGender()));
        row.put(ID_NUMBER, full ? p.getIdNumber() : Masking.idNumber(p.getIdNumber()));
        row.put(PHONE, phone(p.getPhone(), full));
        row.put(CATEGORIES, RosterValues.categories(p.getCategories()));
        row.put(SCHOOL_STAGE, p.getSchoolStage() == null ? null : RosterValues.SCHOOL_STAGE.get(p.getSchoolStage()));
        row.put(NOTES, p.getNotes());
        if (g != null) {
            String gid = g.getGuardian().getIdNumber();
            row.put(GUARDIAN_ID_NUMBER, full ? gid : Masking.idNumber(gid));
            row.put(GUARDIAN_RELATION, RosterValues.GUARDIAN_RELATION.get(g.getRelation()));
            row.put(GUARDIAN_CAPACITY, RosterValues.GUARDIAN_CAPACITY.get(g.getCapacity()));
            row.put(GUARDIAN_PHONE, phone(g.getContactPhone(), full));
        }
    }

    private static void migrant(Map<RosterColumn, String> row, MigrantMemberEntity m, boolean full) {
        row.put(MIGRANT_NAME, m.getName());
        row.put(MIGRANT_RELATION, RosterValues.MIGRANT_RELATION.get(m.getRelation()));
        row.put(WORK_PROVINCE, m.getWorkProvince());
        row.put(WORK_CITY, m.getWorkCity());
        row.put(EMPLOYER, m.getEmployer());
        row.put(MIGRANT_PHONE, phone(m.getPhone(), full));
        row.put(AWAY_SINCE, m.getAwaySince() == null ? null : m.getAwaySince().toString());
        row.put(HOME_FREQUENCY, m.getHomeFrequency() == null ? null : RosterValues.HOME_FREQUENCY.get(m.getHomeFrequency()));
    }

    private static String phone(String value, boolean full) {
        return full ? value : Masking.phone(value);
    }

    private String divisionName(String code) {
        return code == null ? null : divisions.find(code).map(d -> d.name).orElse(code);
    }

    private static List<String> list(Map<RosterColumn, String> row) {
        List<String> cells = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            String v = row.get(c);
            cells.add(v == null ? "" : v);
        }
        return cells;
    }
}
