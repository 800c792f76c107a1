package org.guanai.registry.api.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A backup of the whole database: one zip file in the data home's {@code backups} folder. */
public class BackupDTO {
    /** The file name without {@code .zip}, e.g. {@code guanai-20261202-023000}; how commands and REST name it. */
    public String name;
    public Instant createdAt;
    /** Who made it ({@code system} for the daily backup). */
    public String createdBy;
    /** {@code manual} or {@code scheduled}. */
    public String trigger;
    public long sizeBytes;
    public long durationMillis;
    /** The Guanai version that wrote it. */
    public String version;
    /** Every table in it, with row counts and checksums. */
    public List<TableCountDTO> tables = new ArrayList<>();
}
