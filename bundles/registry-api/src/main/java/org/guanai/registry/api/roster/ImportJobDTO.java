package org.guanai.registry.api.roster;

import java.time.Instant;

/**
 * An import job and its progress. Jobs are kept in memory: a restart forgets them (not the data they
 * imported; re-running the file finds everything already in and counts it unchanged).
 */
public class ImportJobDTO {
    public String id;
    public ImportStatus status;
    public boolean dryRun;
    public boolean confirmDuplicates;
    public String fileName;
    /** Person rows (and household-only rows) in the file; known once the file is read. */
    public int rowsTotal;
    /** Rows validated and, unless a dry run, written or found unchanged. */
    public int rowsDone;
    /** Rows that created or changed a record (in a dry run: that would). */
    public int rowsImported;
    /** Rows whose records were already in the registry exactly so. */
    public int rowsUnchanged;
    /** Rows not imported because of an error (see the report). */
    public int rowsRejected;
    /** Rows not imported because they may be a person already in the file or registry (see the report). */
    public int duplicatesSuspected;
    /** Rows with warnings only (imported; see the report). */
    public int rowsWithWarnings;
    public String user;
    public Instant startedAt;
    public Instant finishedAt;
    public double rowsPerSecond;
    /** What went wrong for a FAILED job, or a one-line summary for a DONE one. */
    public String message;
}
