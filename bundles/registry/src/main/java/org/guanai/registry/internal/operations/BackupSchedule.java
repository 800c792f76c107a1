package org.guanai.registry.internal.operations;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup ({@code etc/org.guanai.backup.cfg}): at {@code daily.at} (server time) a backup, then all but
 * the newest {@code keep} backups deleted. Changed live; on its own thread, shut down with the component.
 */
@Component(immediate = true, configurationPid = BackupSchedule.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BackupSchedule.Config.class)
public class BackupSchedule {

    static final String PID = "org.guanai.backup";
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);

    @ObjectClassDefinition(name = "Guanai daily backup",
            description = "A backup of the whole database every day into the data home's backups folder")
    public @interface Config {
        @AttributeDefinition(name = "Daily at", description = "Time of the daily backup, HH:mm, server time; empty: no daily backup")
        String daily_at() default "02:30";

        @AttributeDefinition(name = "Keep", min = "1", description = "How many backups to keep: after each daily backup all but the newest are deleted")
        int keep() default 14;
    }

    private final BackupServiceImpl backups;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "guanai-daily-backup");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> next;
    private LocalTime at;
    private int keep;

    @Activate
    public BackupSchedule(@Reference(name = "backups") BackupServiceImpl backups, Config config) {
        this(backups, Clock.systemDefaultZone());
        modified(config);
    }

    BackupSchedule(BackupServiceImpl backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Modified
    synchronized void modified(Config config) {
        keep = config.keep();
        if (keep < 1) {
            LOG.warn("{}: keep={} is less than 1; keeping 14", PID, keep);
            keep = 14;
        }
        at = time(config.daily_at());
        schedule(LocalDateTime.now(clock));
    }

    @Deactivate
    synchronized void deactivate() {
        scheduler.shutdownNow();
    }

    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            LOG.warn("{}: daily.at={} is not a time like 02:30; using 02:30", PID, text);
            return LocalTime.of(2, 30);
        }
    }

    /** How long from {@code now} until the next {@code at}. */
    static Duration untilNext(LocalDateTime now, LocalTime at) {
        LocalDateTime next = now.toLocalDate().atTime(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    /** Schedules the next backup after {@code from}. */
    private void schedule(LocalDateTime from) {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
        if (at == null) {
            LOG.info("Daily backups are off ({}: daily.at is empty)", PID);
            return;
        }
        if (!backups.embeddedDatabase()) {
            // not an error every night: on PostgreSQL a cron entry with pg_dump does this (README: Backup and restore)
            LOG.info("No daily backups by Guanai: the database is not embedded Derby; back it up with pg_dump");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Duration wait = untilNext(from, at).plus(Duration.between(now, from).isNegative() ? Duration.ZERO : Duration.between(now, from));
        next = scheduler.schedule(this::run, wait.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Next daily backup at {} (in {} min), keeping the newest {}", at, wait.toMinutes(), keep);
    }

    private void run() {
        int keeping;
        synchronized (this) {
            keeping = keep;
        }
        try {
            backups.backup("scheduled");
            backups.prune(keeping);
        } catch (IOException | RuntimeException e) {
            LOG.error("The daily backup failed: {}", e.getMessage(), e);
        } finally {
            synchronized (this) {
                if (!scheduler.isShutdown()) {
                    // from a minute on: a backup that ends within its own minute is not started again
                    schedule(LocalDateTime.now(clock).plusMinutes(1));
                }
            }
        }
    }
}
