package org.guanai.registry.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * A roster import job as every node sees it: its state, written by the node that runs it (which says it is alive
 * in {@code heartbeat}), and its report once it ended. Times are UTC.
 */
// written by other nodes: never from this node's cache, whether or not the shared cache is on
@Cacheable(false)
@Entity(name = "ImportJob")
@Table(name = "import_jobs")
public class ImportJobEntity {

    @Id
    @Column(name = "id", length = 36)
    public String id;

    @Column(name = "status", nullable = false, length = 10)
    public String status;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "confirm_duplicates", nullable = false)
    public boolean confirmDuplicates;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Column(name = "user_name", length = 100)
    public String user;

    @Column(name = "roles", length = 500)
    public String roles;

    @Column(name = "layout", length = 40)
    public String layout;

    /** The mapping's lines, one a line. */
    @Column(name = "mapping", length = 8000)
    public String mapping;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "rows_imported", nullable = false)
    public int rowsImported;

    @Column(name = "rows_unchanged", nullable = false)
    public int rowsUnchanged;

    @Column(name = "rows_rejected", nullable = false)
    public int rowsRejected;

    @Column(name = "duplicates", nullable = false)
    public int duplicatesSuspected;

    @Column(name = "rows_with_warnings", nullable = false)
    public int rowsWithWarnings;

    @Column(name = "lines_other", nullable = false)
    public int linesOther;

    @Column(name = "rows_per_second", nullable = false)
    public double rowsPerSecond;

    @Column(name = "message", length = 2000)
    public String message;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "started_at")
    public LocalDateTime startedAt;

    @Column(name = "finished_at")
    public LocalDateTime finishedAt;

    @Column(name = "node", nullable = false, length = 200)
    public String node;

    @Column(name = "heartbeat", nullable = false)
    public LocalDateTime heartbeat;

    /** The problems, one a line (ImportReportCodec); read only when asked for. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report")
    public String report;
}
