package org.guanai.registry.api.roster;

/** One line of an import report: where (line and column of the file), what is wrong, what was expected. */
public class ImportProblemDTO {

    /** How bad a problem is for its row. */
    public enum Severity {
        /** The row is not imported. */
        ERROR,
        /** The row is not imported until a person confirms it is not a duplicate. */
        DUPLICATE,
        /** The row is imported; the report says what to look at (e.g. a child aged 16 or more). */
        WARNING,
        /** Not a data row, read and left aside: a 合计 (total) row, a notes sheet. */
        NOTE
    }

    /** The sheet (XLSX), or null for a CSV file. */
    public String sheet;
    /** The 1-based line of the file (the header is line 1); 0 for the file as a whole. */
    public int line;
    /** The column's header as the file wrote it, or null for the row as a whole. */
    public String column;
    public Severity severity;
    public String problem;
    public String expected;

    public ImportProblemDTO() {
    }

    public ImportProblemDTO(String sheet, int line, String column, Severity severity, String problem, String expected) {
        this.sheet = sheet;
        this.line = line;
        this.column = column;
        this.severity = severity;
        this.problem = problem;
        this.expected = expected;
    }

    @Override
    public String toString() {
        return (sheet == null ? "" : sheet + " ") + "line " + line + (column == null ? "" : " [" + column + "]") + " "
                + severity + ": " + problem + (expected == null ? "" : " (expected: " + expected + ")");
    }
}
