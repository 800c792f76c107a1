package org.guanai.registry.internal.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.guanai.jpa.support.Filter;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.audit.AuditEntryDTO;
import org.guanai.registry.api.audit.AuditEvent;
import org.guanai.registry.api.audit.AuditOperations;
import org.guanai.registry.api.audit.AuditOutcome;
import org.guanai.registry.api.audit.AuditQuery;
import org.guanai.registry.api.audit.AuditService;
import org.guanai.registry.internal.cluster.JobLeases;
import org.guanai.registry.internal.cluster.Node;
import org.guanai.registry.internal.jpa.AuditEntryEntity;
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
 * The audit trail in the registry's database ({@code audit_entries}, db/registry/003-audit.xml). Rows are
 * only ever inserted ({@link #record}) and, past the retention, deleted by {@link #purgeExpired}; there is
 * no other write. {@link #record} uses the registry's unit with {@link TransactionType#Required}, so inside
 * a registry write it joins that write's transaction.
 *
 * <p>Retention: {@code audit.retention.days} in {@code org.guanai.registry} (default 1095, three years),
 * changed live. The purge runs a minute after start ({@code audit.purge.delay.seconds}) and then once a day, on a
 * thread this component owns (shut down with it); with several nodes on one database, on the node that takes the
 * day's lease ({@link JobLeases}).
 */
@Component(service = AuditService.class, configurationPid = AuditServiceImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class AuditServiceImpl implements AuditService {

    /** The registry's PID, shared with the divisions' settings. */
    static final String PID = "org.guanai.registry";
    static final int MAX_RETENTION_DAYS = 100 * 366;
    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    private static final int EXPORT_BATCH = PageRequest.MAX_LIMIT;

    /** The audit settings of {@value #PID}; its other keys are the divisions'. Its metatype is in DivisionServiceImpl's OCD (one PID, one OCD). */
    public @interface Config {
        /** Days an audit row is kept (at least 1). */
        int audit_retention_days() default DEFAULT_RETENTION_DAYS;

        /** Seconds after start before the first daily purge. */
        int audit_purge_delay_seconds() default 60;
    }

    /** The lease of the daily purge: one node purges a day, whichever takes it first. */
    static final String PURGE_LEASE = "audit.purge";
    /** A day less an hour: the holder's next run (a day later) finds it run out, however the nodes' runs fall. */
    static final Duration PURGE_LEASE_LENGTH = Duration.ofHours(23);

    private final JpaTemplate jpa;
    private final Clock clock;
    private volatile int retentionDays;
    private final JobLeases leases;
    private ScheduledExecutorService scheduler;
    /** Rows of {@link #recordSoon} on their way; null when made {@link #withClock} (they are written at once). */
    private PendingRows pending;

    @Activate
    public AuditServiceImpl(@Reference(name = "jpa", target = "(osgi.unit.name=guanai-registry)") JpaTemplate jpa,
                            @Reference(name = "schema") RegistrySchema schema,
                            Config config) {
        this(jpa, Clock.systemUTC(), retention(config));
        long delay = Math.max(1, config.audit_purge_delay_seconds());
        pending = new PendingRows(this::writeAll);
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "guanai-audit-purge");
            t.setDaemon(true);
            return t;
        });
        // a minute after start, out of the way of the boot (weaving, the other components' first transactions)
        scheduler.scheduleAtFixedRate(this::scheduledPurge, delay, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    /**
     * For tests: no scheduler, a pinned clock. A factory, not a second public constructor: Felix SCR tries every
     * public constructor with as many parameters as the activation constructor, in the JVM's order, and logs an
     * ERROR for each that does not fit; a second one of three parameters put "Constructor argument 1 … has
     * unsupported type java.time.Clock" into karaf.log at some boots.
     */
    public static AuditServiceImpl withClock(JpaTemplate jpa, Clock clock, int retentionDays) {
        return new AuditServiceImpl(jpa, clock, retentionDays);
    }

    /** For tests: as {@link #withClock}, with {@link #recordSoon} writing on its own thread as in the container. */
    public static AuditServiceImpl deferring(JpaTemplate jpa, Clock clock, int retentionDays) {
        AuditServiceImpl audit = new AuditServiceImpl(jpa, clock, retentionDays);
        audit.pending = new PendingRows(audit::writeAll);
        return audit;
    }

    private AuditServiceImpl(JpaTemplate jpa, Clock clock, int retentionDays) {
        this.jpa = jpa;
        this.clock = clock;
        this.retentionDays = retentionDays;
        this.leases = new JobLeases(jpa, clock);
    }

    @Modified
    void modified(Config config) {
        retentionDays = retention(config);
    }

    /** Stops the purge schedule and writes every row {@link #recordSoon} accepted (public for tests). */
    @Deactivate
    public void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (pending != null) {
            // every read accepted so far is in the trail before the registry stops
            pending.close();
        }
    }

    static int retention(Config config) {
        int days = config.audit_retention_days();
        if (days < 1 || days > MAX_RETENTION_DAYS) {
            LOG.warn("{}: audit.retention.days={} is not in 1-{}; using {}", PID, days, MAX_RETENTION_DAYS,
                    DEFAULT_RETENTION_DAYS);
            return DEFAULT_RETENTION_DAYS;
        }
        return days;
    }

    @Override
    public int retentionDays() {
        return retentionDays;
    }

    @Override
    public void record(AuditEvent event) {
        jpa.tx(TransactionType.Required, em -> em.persist(toEntity(event, now())));
    }

    @Override
    public void recordSoon(AuditEvent event) {
        AuditEntryEntity row = toEntity(event, now());
        if (pending == null) {
            writeAll(List.of(row));
        } else {
            pending.add(row);
        }
    }

    private void writeAll(List<AuditEntryEntity> rows) {
        jpa.tx(TransactionType.Required, em -> rows.forEach(em::persist));
    }

    /** Rows of {@link #recordSoon} still on their way are written before anyone looks at the trail. */
    private void flushPending() {
        if (pending != null) {
            pending.flush();
        }
    }

    @Override
    public void recordAll(java.util.Collection<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        LocalDateTime at = now();
        jpa.tx(TransactionType.Required, em -> events.forEach(e -> em.persist(toEntity(e, at))));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    static AuditEntryEntity toEntity(AuditEvent e, LocalDateTime at) {
        return new AuditEntryEntity(at,
                cut(e.user(), 100),
                cut(String.join(" ", e.roles()), 500),
                cut(e.origin(), 100),
                cut(e.operation(), 60),
                cut(e.recordType(), 40),
                cut(e.recordId(), 40),
                e.outcome().name(),
                cut(e.detail(), 2000),
                ChangeCodec.encode(e.changes()));
    }

    /** Long values are cut, never refused: an audit row must not make the write it records fail. */
    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }

    static AuditEntryDTO toDto(AuditEntryEntity e) {
        AuditEntryDTO dto = new AuditEntryDTO();
        dto.id = e.getId();
        dto.at = e.getAt().toInstant(ZoneOffset.UTC);
        dto.user = e.getUser();
        dto.roles = e.getRoles() == null || e.getRoles().isEmpty() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(e.getRoles().split(" ")));
        dto.origin = e.getOrigin();
        dto.operation = e.getOperation();
        dto.recordType = e.getRecordType();
        dto.recordId = e.getRecordId();
        dto.outcome = AuditOutcome.valueOf(e.getOutcome());
        dto.detail = e.getDetail();
        dto.changes = ChangeCodec.decode(e.getChanges());
        return dto;
    }

    static Filter filter(AuditQuery query) {
        AuditQuery q = query == null ? new AuditQuery() : query;
        return new Filter()
                .eq("e.user", blankToNull(q.user))
                .eq("e.recordType", blankToNull(q.recordType))
                .eq("e.recordId", blankToNull(q.recordId))
                .eq("e.operation", blankToNull(q.operation))
                .eq("e.outcome", q.outcome == null ? null : q.outcome.name())
                .andIf(utc(q.from), "e.at >= ?")
                .andIf(utc(q.to), "e.at < ?");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Page<AuditEntryDTO> query(AuditQuery query, PageRequest page) {
        flushPending();
        return jpa.txExpr(TransactionType.Required, em -> {
            Page<AuditEntryEntity> rows = filter(query).page(em, AuditEntryEntity.class, page, "e.at DESC, e.id DESC");
            List<AuditEntryDTO> items = new ArrayList<>(rows.items.size());
            for (AuditEntryEntity row : rows.items) {
                items.add(toDto(row));
            }
            return new Page<>(items, rows.total, rows.offset, rows.limit);
        });
    }

    @Override
    public long export(AuditQuery query, Writer out) throws IOException {
        flushPending();
        AuditCsv.header(out);
        long written = 0;
        long afterId = Long.MIN_VALUE;
        while (true) {
            // keyset batches, oldest first: rows appended meanwhile do not shift a page
            long from = afterId;
            List<AuditEntryDTO> batch = jpa.txExpr(TransactionType.Required, em -> {
                Filter f = filter(query).and("e.id > ?", from);
                List<AuditEntryDTO> rows = new ArrayList<>();
                for (AuditEntryEntity row : f.page(em, AuditEntryEntity.class, PageRequest.first(EXPORT_BATCH), "e.id")
                        .items) {
                    rows.add(toDto(row));
                }
                return rows;
            });
            for (AuditEntryDTO row : batch) {
                AuditCsv.row(out, row);
                afterId = row.id;
            }
            written += batch.size();
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
        }
        out.flush();
        record(AuditEvent.of(AuditOperations.AUDIT_EXPORT).detail(written + " rows; " + describe(query)).build());
        return written;
    }

    /** The criteria of an export, for its own audit row. */
    static String describe(AuditQuery query) {
        AuditQuery q = query == null ? new AuditQuery() : query;
        StringJoiner out = new StringJoiner(", ");
        add(out, "user", q.user);
        add(out, "type", q.recordType);
        add(out, "record", q.recordId);
        add(out, "operation", q.operation);
        add(out, "outcome", q.outcome);
        add(out, "from", q.from);
        add(out, "to", q.to);
        return out.length() == 0 ? "all rows" : out.toString();
    }

    private static void add(StringJoiner out, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            out.add(name + "=" + value);
        }
    }

    @Override
    public long purgeExpired() {
        int days = retentionDays;
        flushPending();
        LocalDateTime cutoff = now().minusDays(days);
        return jpa.txExpr(TransactionType.Required, em -> {
            int deleted = em.createQuery("DELETE FROM AuditEntry e WHERE e.at < :cutoff")
                    .setParameter("cutoff", cutoff)
                    .executeUpdate();
            em.persist(toEntity(AuditEvent.of(AuditOperations.AUDIT_PURGE)
                    .record("audit", null)
                    .detail(deleted + " rows before " + cutoff.toInstant(ZoneOffset.UTC) + " deleted (retention "
                            + days + " days)")
                    .build(), now()));
            return (long) deleted;
        });
    }

    /**
     * The daily purge, on the node that takes today's lease: with several nodes on one database the others skip
     * it (and say so in their log). Returns whether this node purged.
     */
    boolean scheduledPurge(String node) {
        if (!leases.take(PURGE_LEASE, node, PURGE_LEASE_LENGTH)) {
            LOG.info("Audit trail purge: today's is another node's ({}); skipped on {}",
                    leases.holderOf(PURGE_LEASE).orElse("?"), node);
            return false;
        }
        long deleted = purgeExpired();
        LOG.info("Audit trail: {} row(s) older than {} days purged by {}", deleted, retentionDays, node);
        return true;
    }

    private void scheduledPurge() {
        try {
            scheduledPurge(Node.id());
        } catch (RuntimeException e) {
            // keep the schedule: tomorrow's run tries again
            LOG.error("Audit trail purge failed", e);
        }
    }
}
