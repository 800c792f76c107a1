package org.guanai.registry.api.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.guanai.registry.api.Message;

/** A backup checked and made ready to replace the database at the next start. */
public class RestoreDTO {
    public String backup;
    public Instant stagedAt;
    public String stagedBy;
    /** The tables as checked: each one's rows and checksum equal to the backup's own record of them. */
    public List<TableCountDTO> tables = new ArrayList<>();
    /** What happens next, in Chinese (as {@link #message(Locale)} renders it by default). */
    public String message;
    /** {@link #message} to render in the reader's language; not part of the JSON (transient). */
    public transient Message text;

    /** What happens next in {@code language} (Chinese unless English is asked for). */
    public String message(Locale language) {
        return text != null ? text.render(language) : message;
    }
}
