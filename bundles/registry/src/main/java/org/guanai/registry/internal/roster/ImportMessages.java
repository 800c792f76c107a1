package org.guanai.registry.internal.roster;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.MessageBundle;
import org.guanai.registry.api.roster.RosterColumn;

/**
 * Every sentence the roster import writes for a person to read (report lines, the job's summary), in Chinese
 * first, then English, from the bundle {@code report.properties} / {@code report_en.properties} (one key per
 * constant). Placeholders are {@link java.text.MessageFormat}'s ({0}, {1} …).
 */
public enum ImportMessages {
    // the file and its sheets
    SHEET_SKIPPED,
    SHEET_SKIPPED_EXPECTED,
    COLUMN_TWICE,
    COLUMN_TWICE_EXPECTED,
    UNKNOWN_COLUMN,
    UNKNOWN_COLUMN_EXPECTED,
    TOTAL_ROW,
    NO_ROSTER_VALUE,

    // rows
    NAME_MISSING,
    NAME_MISSING_EXPECTED,
    KEY_MISSING,
    KEY_TOO_LONG,
    SAME_ID_IN_FILE,
    SAME_ID_IN_FILE_EXPECTED,
    ID_SCIENTIFIC,
    NUMBER_SCIENTIFIC,
    BIRTH_DATE_MISMATCH,
    BIRTH_DATE_BAD,
    DATE_BAD,
    BIRTH_DATE_FUTURE,
    AGE_MISMATCH,
    GENDER_MISMATCH,
    NOT_ONE_OF,
    NOT_A_CATEGORY,
    NO_CATEGORY,
    NO_CATEGORY_EXPECTED,
    ENDED_NOT_NEW,
    OUTSIDE_SCOPE,
    OUTSIDE_SCOPE_EXPECTED,

    // households, villages
    HOUSEHOLD_VALUE_DIFFERS,
    HOUSEHOLD_VALUE_DIFFERS_EXPECTED,
    NO_SUCH_HOUSEHOLD,
    NO_SUCH_HOUSEHOLD_EXPECTED,
    HOUSEHOLD_NOT_IMPORTED,
    HOUSEHOLD_NOT_IMPORTED_EXPECTED,
    HOUSEHOLD_ROWS_NOT_IMPORTED,
    NOT_YES_NO,
    VILLAGE_REQUIRED,
    NOT_A_TOWNSHIP,
    NOT_A_VILLAGE,
    VILLAGE_ELSEWHERE,
    VILLAGES_NAMESAKE,
    NO_COUNTY,

    // family and guardians
    PARENT_NAME_MISSING,
    GUARDIAN_FOR_CHILDREN,
    GUARDIAN_REQUIRED,
    GUARDIAN_SELF,
    GUARDIAN_NOT_IMPORTED,
    GUARDIAN_UNKNOWN,
    GUARDIAN_MINOR,
    GUARDIAN_NO_CATEGORY,
    GUARDIAN_REGISTERED,
    CHILD_NOT_IMPORTED,
    CHILD_UNKNOWN,
    GUARDIAN_NAME_DIFFERS,

    // duplicates
    DUPLICATE_IN_REGISTRY,
    DUPLICATE_IN_FILE,
    DUPLICATE_HELD,
    DUPLICATE_CONFIRMED,
    DUPLICATE_EXPECTED,

    // the job
    SUMMARY,
    SUMMARY_DRY_RUN,
    FAILED,
    /** The job's summary when the server stopped while it ran. */
    INTERRUPTED,
    /** The job's summary when its node ({0}) stopped answering while it ran (another node noticed). */
    INTERRUPTED_NODE,
    /** The job's summary when its file turned out to be no roster ({0}: why, as the reader said it). */
    NOT_IMPORTED,

    // the file as a whole (RosterFileException)
    FILE_EMPTY,
    FILE_NO_HEADER,
    FILE_TOO_MANY_ROWS,
    FILE_LINE_TOO_LONG,
    FILE_LINE_CELL_TOO_LONG,
    FILE_ROW_BEYOND_XFD,
    FILE_ROW_CELL_TOO_LONG,
    FILE_CELL_TOO_LONG,
    FILE_NOT_XLSX,
    FILE_NOT_WORKBOOK,
    FILE_NO_SHEETS,
    FILE_DAMAGED,
    FILE_PART_TOO_LARGE,
    FILE_XML_TOKEN_TOO_LONG,
    FILE_MERGED_CELLS,
    FILE_SHARED_STRINGS,
    FILE_UNREADABLE;

    /** Where the sentences are: {@code report.properties} (Chinese) and {@code report_en.properties} (English). */
    static final MessageBundle TEXT = MessageBundle.of(ImportMessages.class, "org.guanai.registry.internal.roster.report");

    /** The sentence, to render in either language. */
    public Message message(Object... args) {
        return TEXT.message(name(), args);
    }

    /**
     * Both renderings, kept side by side ({@link ReportText}) until a reader asks for one language; an argument
     * that is itself such a text is rendered in each language.
     */
    public String text(Object... args) {
        return ReportText.of(in(Message.CHINESE, args), in(Message.ENGLISH, args));
    }

    public String chinese(Object... args) {
        return in(Message.CHINESE, args);
    }

    private String in(java.util.Locale language, Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = ReportText.argument(args[i], language);
        }
        return TEXT.message(name(), values).render(language);
    }

    /** The report file's header row in {@code language}: line, column, problem, expected, severity, sheet. */
    public static java.util.List<String> reportHeader(java.util.Locale language) {
        return java.util.stream.Stream.of("line", "column", "problem", "expected", "severity", "sheet")
                .map(h -> TEXT.message("header." + h).render(language)).collect(java.util.stream.Collectors.toList());
    }

    /**
     * What {@code column} holds, as the report's "expected" for a cell at fault, in both languages ({@link ReportText}):
     * {@code hint.<COLUMN>} of this bundle (the English is {@link RosterColumn#description()}); null for no column.
     */
    public static String hint(RosterColumn column) {
        if (column == null) {
            return null;
        }
        Message hint = TEXT.message("hint." + column.name());
        return ReportText.of(hint.render(Message.CHINESE), hint.render(Message.ENGLISH));
    }

    /** A rule's message (shared with REST) in both languages ({@link ReportText}); a text written in code as it is. */
    public static String rule(Message rule) {
        if (rule == null) {
            return null;
        }
        String chinese = rule.render(Message.CHINESE);
        String english = rule.render(Message.ENGLISH);
        if (rule.bundle() == null && chinese.indexOf(ReportText.SEPARATOR) < 0 && chinese.codePoints().noneMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return ReportText.of("有误：" + english, english); // a module's English-only rule
        }
        return ReportText.of(chinese, english);
    }
}
