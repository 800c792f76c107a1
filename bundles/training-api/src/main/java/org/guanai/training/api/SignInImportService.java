package org.guanai.training.api;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

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

    /** {@link #importSheet(long, LocalDate, BigDecimal, InputStream, boolean, Locale)} with the report in Chinese. */
    default SignInReportDTO importSheet(long classId, LocalDate day, BigDecimal hours, InputStream sheet, boolean dryRun) {
        return importSheet(classId, day, hours, sheet, dryRun, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Imports the sheet; the report's problems (and their columns) are written in {@code language}: Chinese unless
     * English is asked for. Each problem also carries a stable {@link SignInProblemDTO#code}.
     */
    SignInReportDTO importSheet(long classId, LocalDate day, BigDecimal hours, InputStream sheet, boolean dryRun,
                                Locale language);
}
