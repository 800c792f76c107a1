package org.guanai.registry.api.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A backup checked and made ready to replace the database at the next start. */
public class RestoreDTO {
    public String backup;
    public Instant stagedAt;
    public String stagedBy;
    /** The tables as checked: each one's rows and checksum equal to the backup's own record of them. */
    public List<TableCountDTO> tables = new ArrayList<>();
    /** What happens next, in Chinese then English. */
    public String message;
}
