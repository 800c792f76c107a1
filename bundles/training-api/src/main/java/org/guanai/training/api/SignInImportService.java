package org.guanai.training.api;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A class day's attendance from its sign-in sheet (签到表): CSV (UTF-8 or GBK) or XLSX, title rows above the header
 * allowed, a name column and an ID number or registry id column. The good lines are recorded together, in one
 * transaction, and added to what the day already has; a bad line (unknown person, a name that does not match, not
 * enrolled, a duplicate line) is reported and left out. A file that cannot be read (wrong encoding, no header,
 * too large) writes nothing.
 */
@org.osgi.annotation.versioning.ProviderType
public interface SignInImportService {
    /** The largest sheet accepted, in bytes. */
    long MAX_BYTES = 2L * 1024 * 1024;

    SignInReportDTO importSheet(long classId, LocalDate day, BigDecimal hours, InputStream sheet, boolean dryRun);
}
