package org.guanai.registry.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.api.roster.ImportJobDTO;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportStatus;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.internal.cluster.Node;
import org.guanai.registry.internal.jpa.ImportJobEntity;
import org.guanai.registry.internal.roster.ImportMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import jobs in {@code import_jobs}, so that every node lists them, follows them and reads their reports. The
 * node that runs a job writes its state (at most about once a second while it runs, and when it ends) and says
 * every {@link #HEARTBEAT} that it is alive; a job whose node has not said so for {@link #STALE} is marked
 * failed, with an audit row, by whichever node notices first (one conditional UPDATE wins). A node that starts
 * again marks the jobs it ran before it stopped at once.
 */
final class ImportJobStore {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobStore.class);
    private static final List<String> UNFINISHED = List.of(ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name());

    /** A stored job and the roles of the one who submitted it. */
    record Stored(ImportJobDTO dto, Set<String> roles) {
    }

    private final JpaTemplate jpa;
    private final Clock clock;
    private final String node;
    /** Null in tests that do not audit. */
    private final AuditService audit;

    ImportJobStore(JpaTemplate jpa, Clock clock, String node, AuditService audit) {
        this.jpa = jpa;
        this.clock = clock;
        this.node = node;
        this.audit = audit;
    }

    String node() {
        return node;
    }

    /** A new job, and the oldest ended ones beyond {@code kept} forgotten. */
    void insert(ImportJobDTO d, Caller caller, int kept) {
        ImportJobEntity e = new ImportJobEntity();
        e.id = d.id;
        e.dryRun = d.dryRun;
        e.confirmDuplicates = d.confirmDuplicates;
        e.user = d.user;
        e.roles = caller == null ? null : cut(String.join(" ", caller.roles()), 500);
        e.createdAt = now();
        e.node = node;
        copy(d, e);
        jpa.tx(TransactionType.RequiresNew, em -> {
            em.persist(e);
            forgetOld(em, kept);
        });
    }

    private static void forgetOld(EntityManager em, int kept) {
        List<LocalDateTime> cut = em.createQuery("SELECT j.createdAt FROM ImportJob j ORDER BY j.createdAt DESC",
                LocalDateTime.class).setFirstResult(kept).setMaxResults(1).getResultList();
        if (!cut.isEmpty()) {
            em.createQuery("DELETE FROM ImportJob j WHERE j.createdAt <= :cut AND j.status NOT IN :unfinished")
                    .setParameter("cut", cut.get(0)).setParameter("unfinished", UNFINISHED).executeUpdate();
        }
    }

    /** The job's state now, unless another node has meanwhile marked it failed. */
    void save(ImportJobDTO d) {
        ImportJobEntity e = new ImportJobEntity();
        copy(d, e);
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("UPDATE ImportJob j SET j.status = :status,"
                        + " j.fileName = :fileName, j.layout = :layout, j.mapping = :mapping, j.rowsTotal = :total,"
                        + " j.rowsDone = :done, j.rowsImported = :imported, j.rowsUnchanged = :unchanged,"
                        + " j.rowsRejected = :rejected, j.duplicatesSuspected = :duplicates,"
                        + " j.rowsWithWarnings = :warnings, j.linesOther = :other, j.rowsPerSecond = :rate,"
                        + " j.message = :message, j.startedAt = :started, j.finishedAt = :finished, j.heartbeat = :now"
                        + " WHERE j.id = :id AND j.status IN :unfinished")
                .setParameter("status", e.status).setParameter("fileName", e.fileName).setParameter("layout", e.layout)
                .setParameter("mapping", e.mapping).setParameter("total", e.rowsTotal).setParameter("done", e.rowsDone)
                .setParameter("imported", e.rowsImported).setParameter("unchanged", e.rowsUnchanged)
                .setParameter("rejected", e.rowsRejected).setParameter("duplicates", e.duplicatesSuspected)
                .setParameter("warnings", e.rowsWithWarnings).setParameter("other", e.linesOther)
                .setParameter("rate", e.rowsPerSecond).setParameter("message", e.message)
                .setParameter("started", e.startedAt).setParameter("finished", e.finishedAt)
                .setParameter("now", now()).setParameter("id", d.id).setParameter("unfinished", UNFINISHED)
                .executeUpdate());
    }

    /** The job ended: its last state and its report. */
    void finish(ImportJobDTO d, List<ImportProblemDTO> problems) {
        String report = ImportReportCodec.encode(problems);
        save(d);
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("UPDATE ImportJob j SET j.report = :report WHERE j.id = :id")
                .setParameter("report", report).setParameter("id", d.id).executeUpdate());
    }

    Optional<Stored> find(String id) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(ImportJobEntity.class, id))
                .map(ImportJobStore::stored));
    }

    /** The newest {@code limit} jobs, newest first. */
    List<Stored> recent(int limit) {
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Stored> out = new ArrayList<>();
            for (ImportJobEntity e : em.createQuery("SELECT j FROM ImportJob j ORDER BY j.createdAt DESC, j.id",
                    ImportJobEntity.class).setMaxResults(limit).getResultList()) {
                out.add(stored(e));
            }
            return out;
        });
    }

    List<ImportProblemDTO> report(String id) {
        String text = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT j.report FROM ImportJob j WHERE j.id = :id", String.class)
                .setParameter("id", id).getResultList().stream().filter(r -> r != null).findFirst().orElse(null));
        return ImportReportCodec.decode(text);
    }

    boolean known(String id) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("SELECT j.id FROM ImportJob j WHERE j.id = :id")
                .setParameter("id", id).getResultList().isEmpty());
    }

    /** This node is alive: its unfinished jobs say so. */
    void heartbeat() {
        LocalDateTime now = now();
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery(
                        "UPDATE ImportJob j SET j.heartbeat = :now WHERE j.node = :node AND j.status IN :unfinished")
                .setParameter("now", now).setParameter("node", node).setParameter("unfinished", UNFINISHED)
                .executeUpdate());
    }

    /** Unfinished jobs of a node that has not said it is alive for {@link #STALE}, or of this node's earlier start. */
    int interruptDead() {
        LocalDateTime now = now();
        List<ImportJobEntity> candidates = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT j FROM ImportJob j WHERE j.status IN :unfinished AND j.node <> :node", ImportJobEntity.class)
                .setParameter("unfinished", UNFINISHED).setParameter("node", node).getResultList());
        String me = Node.nameOf(node);
        int marked = 0;
        for (ImportJobEntity e : candidates) {
            boolean restarted = me.equals(Node.nameOf(e.node));
            if ((restarted || e.heartbeat.isBefore(now.minus(STALE))) && interrupt(e, now, restarted)) {
                marked++;
            }
        }
        return marked;
    }

    /** Marks one job failed if it still is as seen; the node whose UPDATE does so records it. */
    private boolean interrupt(ImportJobEntity e, LocalDateTime now, boolean restarted) {
        String why = restarted ? "the server stopped while it ran" : "its node " + e.node + " stopped answering while it ran";
        String message = restarted ? ImportMessages.INTERRUPTED.text() : ImportMessages.INTERRUPTED_NODE.text(e.node);
        int n = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery("UPDATE ImportJob j SET j.status = :failed,"
                        + " j.message = :message, j.finishedAt = :now WHERE j.id = :id AND j.status IN :unfinished"
                        + " AND j.heartbeat = :seen AND j.node = :node")
                .setParameter("failed", ImportStatus.FAILED.name()).setParameter("message", message)
                .setParameter("now", now).setParameter("id", e.id).setParameter("unfinished", UNFINISHED)
                .setParameter("seen", e.heartbeat).setParameter("node", e.node).executeUpdate());
        if (n != 1) {
            return false;
        }
        LOG.warn("Roster import {} ({}, by {}) was interrupted: {}; run the file again to complete it", e.id,
                e.fileName, e.user, why);
        if (audit != null) {
            Set<String> roles = e.roles == null || e.roles.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(e.roles.split(" ")));
            audit.record(AuditEvent.of(AuditOperations.IMPORT).record(InterruptedImports.RECORD_TYPE, e.id)
                    .outcome(AuditOutcome.FAILED).by(e.user, roles, AuditEvent.INTERNAL_ORIGIN)
                    .detail(e.fileName + ": interrupted, " + why + " (started " + instant(e.startedAt != null
                            ? e.startedAt : e.createdAt) + "); the chunks written before are stored, each whole;"
                            + " run the file again to complete it").build());
        }
        return true;
    }

    private static Stored stored(ImportJobEntity e) {
        ImportJobDTO d = new ImportJobDTO();
        d.id = e.id;
        d.status = ImportStatus.valueOf(e.status);
        d.dryRun = e.dryRun;
        d.confirmDuplicates = e.confirmDuplicates;
        d.fileName = e.fileName;
        d.user = e.user;
        d.layout = e.layout;
        d.mapping = e.mapping == null || e.mapping.isEmpty() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(e.mapping.split("\n")));
        d.rowsTotal = e.rowsTotal;
        d.rowsDone = e.rowsDone;
        d.rowsImported = e.rowsImported;
        d.rowsUnchanged = e.rowsUnchanged;
        d.rowsRejected = e.rowsRejected;
        d.duplicatesSuspected = e.duplicatesSuspected;
        d.rowsWithWarnings = e.rowsWithWarnings;
        d.linesOther = e.linesOther;
        d.rowsPerSecond = e.rowsPerSecond;
        d.message = e.message;
        d.startedAt = instant(e.startedAt);
        d.finishedAt = instant(e.finishedAt);
        Set<String> roles = e.roles == null || e.roles.isBlank() ? Set.of() : Set.of(e.roles.split(" "));
        return new Stored(d, roles);
    }

    private void copy(ImportJobDTO d, ImportJobEntity e) {
        e.status = d.status.name();
        e.fileName = cut(d.fileName, 255);
        e.layout = cut(d.layout, 40);
        e.mapping = cut(String.join("\n", d.mapping), 8000);
        e.rowsTotal = d.rowsTotal;
        e.rowsDone = d.rowsDone;
        e.rowsImported = d.rowsImported;
        e.rowsUnchanged = d.rowsUnchanged;
        e.rowsRejected = d.rowsRejected;
        e.duplicatesSuspected = d.duplicatesSuspected;
        e.rowsWithWarnings = d.rowsWithWarnings;
        e.linesOther = d.linesOther;
        e.rowsPerSecond = d.rowsPerSecond;
        e.message = cut(d.message, 2000);
        e.startedAt = local(d.startedAt);
        e.finishedAt = local(d.finishedAt);
        e.heartbeat = now();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
