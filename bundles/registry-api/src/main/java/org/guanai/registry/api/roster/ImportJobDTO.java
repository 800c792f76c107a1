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
    /**
     * The data rows of the file (person rows, and the template's household-only rows); known once the file is
     * read. Every one ends imported, unchanged, rejected or held back as a possible duplicate: {@code rowsTotal =
     * rowsImported + rowsUnchanged + rowsRejected + duplicatesSuspected} once the job is done.
     */
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
    /** Lines of the file that are no data row: titles, filing lines, headers, blank lines, 合计 rows, notes sheets. */
    public int linesOther;
    /** The layout the file was read with: built-in ({@code children} …), saved, or {@code template}. */
    public String layout;
    /** How the headers were read, one entry per column: {@code 身份证号码 → id_number (身份证号码)}, ignored ones too. */
    public java.util.List<String> mapping = new java.util.ArrayList<>();
    public String user;
    public Instant startedAt;
    public Instant finishedAt;
    public double rowsPerSecond;
    /** What went wrong for a FAILED job, or a one-line summary for a DONE one (in the reader's language). */
    public String message;
}
