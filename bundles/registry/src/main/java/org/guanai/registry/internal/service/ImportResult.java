package org.guanai.registry.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.guanai.registry.api.Message;
import org.guanai.registry.api.roster.ImportProblemDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.ReportText;

/**
 * The outcome of an import run: how every data row ended (imported, unchanged, rejected, held back as a possible
 * duplicate) and the report's lines. Each row is reported where it is settled, with its line and column.
 */
final class ImportResult {
    int rowsTotal;
    int imported;
    int updated;
    int unchanged;
    int rejected;
    int duplicates;
    int withWarnings;
    int linesOther;
    final List<ImportProblemDTO> problems = new ArrayList<>();

    void problem(ImportModel.Row row, RosterColumn c, Severity severity, String problem, String expected) {
        problems.add(new ImportProblemDTO(row.src.sheet, row.src.line, row.src.header(c), severity, problem, expected));
    }

    void reject(ImportModel.Row row, RosterColumn c, String problem, String expected) {
        row.rejected = true;
        problem(row, c, Severity.ERROR, problem, expected);
    }

    /** A rule's message (shared with REST) in both languages, with the cell's value when harmless. */
    void rejectRule(ImportModel.Row row, RosterColumn c, Message rule) {
        reject(row, c, describe(row, c, ImportMessages.rule(rule)), ImportMessages.hint(c));
    }

    void warn(ImportModel.Row row, RosterColumn c, String problem, String expected) {
        row.warned = true;
        problem(row, c, Severity.WARNING, problem, expected);
    }

    /** Rejects a household's rows: the first at the column at fault, the others pointing to it. */
    void rejectHousehold(ImportModel.Household h, ImportModel.Row at, RosterColumn c, String problem, String expected) {
        h.rejected = true;
        ImportModel.Row where = at == null ? h.rows.get(0) : at;
        if (problem != null) {
            problem(where, c, Severity.ERROR, ImportMessages.HOUSEHOLD_ROWS_NOT_IMPORTED.text(problem), expected);
        }
        for (ImportModel.Row row : h.rows) {
            if (!row.rejected && row != where) {
                problem(row, RosterColumn.HOUSEHOLD_KEY, Severity.ERROR, ImportMessages.HOUSEHOLD_NOT_IMPORTED.text(
                        h.key == null ? "" : h.key, where.src.line), ImportMessages.HOUSEHOLD_NOT_IMPORTED_EXPECTED.text());
            }
            row.rejected = true;
        }
    }

    /** The cell's value before the message, except for personal numbers (never repeated in full in a report). */
    static String describe(ImportModel.Row row, RosterColumn c, String message) {
        String value = c == null ? "" : row.src.get(c);
        boolean number = c == RosterColumn.ID_NUMBER || c == RosterColumn.GUARDIAN_ID_NUMBER || c != null
                && c.english().endsWith("phone");
        if (number || value.isEmpty() || message.contains("'" + value + "'")) {
            return message;
        }
        String cell = "'" + value.replace(ReportText.SEPARATOR, ' ') + "': ";
        return ReportText.of(cell + ReportText.render(message, Message.CHINESE),
                cell + ReportText.render(message, Message.ENGLISH));
    }

    /** Counts how the rows ended before writing (rejected, held back, warned). */
    void countSettled(List<ImportModel.Row> rows) {
        for (ImportModel.Row row : rows) {
            if (row.rejected) {
                rejected++;
            } else if (row.duplicate) {
                duplicates++;
            } else if (row.warned) {
                withWarnings++;
            }
        }
    }

    void sortProblems() {
        problems.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line)
                : Objects.compare(a.sheet, b.sheet, Comparator.nullsFirst(String::compareTo)));
    }

    /** The job's one-line summary: the four ends of the data rows, which add up to their number. */
    String summary(boolean dryRun) {
        int sum = imported + unchanged + duplicates + rejected;
        String check = sum == rowsTotal ? sum + " = " + rowsTotal + " ✓" : sum + " ≠ " + rowsTotal;
        return (dryRun ? ImportMessages.SUMMARY_DRY_RUN : ImportMessages.SUMMARY).text(rowsTotal, imported, unchanged,
                duplicates, rejected, check, linesOther);
    }
}
