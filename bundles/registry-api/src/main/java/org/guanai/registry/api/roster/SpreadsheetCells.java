package org.guanai.registry.api.roster;

/**
 * The one rule for every cell the platform writes into a CSV file that a person opens in Excel or WPS (rosters,
 * import reports, the audit trail, the demo's files): a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula (CSV injection, OWASP), so it is written with a
 * leading apostrophe, which spreadsheets show as text. The roster import drops that apostrophe again, so an
 * export re-imports unchanged.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as a spreadsheet must receive it: neutralised when it could start a formula. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /** One CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
    public static String csvField(String value) {
        String v = neutralise(value);
        if (v == null) {
            return "";
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
