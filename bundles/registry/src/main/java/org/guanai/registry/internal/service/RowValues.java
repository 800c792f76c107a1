package org.guanai.registry.internal.service;

import java.util.List;
import java.util.Map;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.ReportText;
import org.guanai.registry.internal.roster.RosterValues;

/** Reading a row's enumerated cells into the checks the registry's rules collect. */
final class RowValues {

    private RowValues() {
    }

    static <E extends Enum<E>> E parseEnum(ImportModel.Row row, RosterColumn c, Map<E, String> labels, Checks checks,
                                           String field) {
        try {
            return RosterValues.parse(row.src.get(c), labels);
        } catch (IllegalArgumentException e) {
            checks.add(field, ReportText.append(ImportMessages.NOT_ONE_OF.text(row.src.get(c)), ": " + e.getMessage()));
            return null;
        }
    }

    static List<FieldError> errors(Checks checks) {
        try {
            checks.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }
}
