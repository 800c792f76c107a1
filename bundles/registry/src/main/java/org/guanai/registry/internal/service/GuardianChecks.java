package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterValues;
import org.guanai.registry.internal.validation.Phones;
import org.guanai.registry.internal.validation.ResidentIdNumber;

/**
 * A child's guardian: a person in the file or the registry (by ID number), or, where a roster gives 监护人姓名
 * with the ID number, a person registered from these columns in the child's household (as left-behind elderly
 * from 60, else as a left-behind woman; a guardian who fits neither must be registered first). The relation and
 * capacity are required; the guardian must be an adult.
 */
final class GuardianChecks {

    private final PersonRules rules;
    private final LocalDate today;

    GuardianChecks(PersonRules rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    void check(ImportResult result, ImportModel model, Map<String, ImportModel.Row> byIdNumber,
               Map<String, ImportModel.Known> known) {
        Map<String, ImportModel.Row> newGuardians = new HashMap<>();
        List<ImportModel.Row> candidates = new ArrayList<>(model.rows);
        for (ImportModel.Row row : candidates) {
            boolean guardianOnly = model.guardianRows.contains(row);
            if (!row.ok() || !(guardianOnly || row.src.has(GUARDIAN_ID_NUMBER) || row.src.has(GUARDIAN_NAME))
                    || !guardianOnly && row.person == null) {
                continue;
            }
            check(result, row, guardianOnly, byIdNumber, known, newGuardians);
        }
    }

    private void check(ImportResult result, ImportModel.Row row, boolean guardianOnly,
                       Map<String, ImportModel.Row> byIdNumber, Map<String, ImportModel.Known> known,
                       Map<String, ImportModel.Row> newGuardians) {
        ImportModel.Guardian g = new ImportModel.Guardian();
        g.childIdNumber = guardianOnly ? row.src.get(ID_NUMBER).toUpperCase(Locale.ROOT) : row.person.idNumber;
        g.guardianIdNumber = row.src.get(GUARDIAN_ID_NUMBER).toUpperCase(Locale.ROOT);
        Checks checks = new Checks();
        g.relation = RowValues.parseEnum(row, GUARDIAN_RELATION, RosterValues.GUARDIAN_RELATION, checks, "relation");
        g.capacity = RowValues.parseEnum(row, GUARDIAN_CAPACITY, RosterValues.GUARDIAN_CAPACITY, checks, "capacity");
        checks.require("relation", g.relation == null && row.src.has(GUARDIAN_RELATION) ? "x" : g.relation);
        checks.require("capacity", g.capacity == null && row.src.has(GUARDIAN_CAPACITY) ? "x" : g.capacity);
        String phone = row.src.get(GUARDIAN_PHONE);
        g.keepPhone = Masking.isMasked(phone);
        if (!g.keepPhone) {
            g.phone = checks.attempt(() -> Phones.normalise(phone, "contactPhone"));
        }
        List<FieldError> errors = new ArrayList<>(RowValues.errors(checks));
        boolean childIsChild = childIsChild(row, guardianOnly, g, byIdNumber, known, errors);
        if (!childIsChild) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_FOR_CHILDREN.text()));
        }
        ResidentIdNumber gid = null;
        if (RosterValues.scientific(g.guardianIdNumber)) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.ID_SCIENTIFIC.text(row.src.get(GUARDIAN_ID_NUMBER))));
        } else if (g.guardianIdNumber.isEmpty()) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_REQUIRED.text()));
        } else {
            try {
                gid = ResidentIdNumber.parse(g.guardianIdNumber, "guardianIdNumber");
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (gid != null) {
            guardian(result, row, gid, byIdNumber, known, newGuardians, errors);
        }
        if (!errors.isEmpty()) {
            row.newGuardian = null;
            for (FieldError f : errors) {
                RosterColumn c = switch (f.field) {
                    case "relation" -> GUARDIAN_RELATION;
                    case "capacity" -> GUARDIAN_CAPACITY;
                    case "contactPhone" -> GUARDIAN_PHONE;
                    case "idNumber" -> ID_NUMBER;
                    case "name" -> GUARDIAN_NAME;
                    default -> GUARDIAN_ID_NUMBER;
                };
                result.rejectRule(row, c, f.text());
            }
            return;
        }
        g.guardianIdNumber = gid.value();
        row.guardian = g;
    }

    private static boolean childIsChild(ImportModel.Row row, boolean guardianOnly, ImportModel.Guardian g,
                                        Map<String, ImportModel.Row> byIdNumber, Map<String, ImportModel.Known> known,
                                        List<FieldError> errors) {
        if (!guardianOnly) {
            return row.person.categories.contains(CareCategory.LEFT_BEHIND_CHILD);
        }
        ImportModel.Row childRow = byIdNumber.get(g.childIdNumber);
        ImportModel.Known k = known.get(g.childIdNumber);
        if (childRow != null && childRow.ok()) {
            return childRow.person.categories.contains(CareCategory.LEFT_BEHIND_CHILD);
        }
        if (k != null) {
            return k.child();
        }
        errors.add(new FieldError("idNumber", childRow != null ? ImportMessages.CHILD_NOT_IMPORTED.text(childRow.src.line)
                : ImportMessages.CHILD_UNKNOWN.text()));
        return true;
    }

    /** The guardian of a valid ID number: found in the file or the registry, or registered from the row. */
    private void guardian(ImportResult result, ImportModel.Row row, ResidentIdNumber gid,
                          Map<String, ImportModel.Row> byIdNumber, Map<String, ImportModel.Known> known,
                          Map<String, ImportModel.Row> newGuardians, List<FieldError> errors) {
        ImportModel.Row guardianRow = byIdNumber.get(gid.value());
        ImportModel.Known stored = known.get(gid.value());
        int age = Period.between(gid.birthDate(), today).getYears();
        if (row.person != null && gid.value().equals(row.person.idNumber)) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_SELF.text()));
        } else if (age < GuardianshipServiceImpl.ADULT_AGE) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_MINOR.text(age,
                    GuardianshipServiceImpl.ADULT_AGE)));
        } else if (stored != null) {
            String name = row.src.get(GUARDIAN_NAME);
            if (!name.isEmpty() && !name.equals(stored.name())) {
                result.warn(row, GUARDIAN_NAME, ImportMessages.GUARDIAN_NAME_DIFFERS.text(name, stored.name()), null);
            }
        } else if (guardianRow != null) {
            if (!guardianRow.ok() && guardianRow.newGuardian == null) {
                errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_NOT_IMPORTED.text(guardianRow.src.line)));
            }
        } else if (newGuardians.containsKey(gid.value())) {
            ImportModel.Row first = newGuardians.get(gid.value());
            if (!first.ok()) {
                errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_NOT_IMPORTED.text(first.src.line)));
            }
        } else if (!row.src.has(GUARDIAN_NAME) || row.person == null) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_UNKNOWN.text()));
        } else {
            register(result, row, gid, age, errors);
            if (row.newGuardian != null) {
                newGuardians.put(gid.value(), row);
                byIdNumber.putIfAbsent(gid.value(), row);
            }
        }
    }

    /** A guardian the registry does not have yet, as a person of the child's household. */
    private void register(ImportResult result, ImportModel.Row row, ResidentIdNumber gid, int age,
                          List<FieldError> errors) {
        CareCategory category = age >= 60 ? CareCategory.LEFT_BEHIND_ELDERLY
                : gid.gender() == Gender.FEMALE ? CareCategory.LEFT_BEHIND_WOMAN : null;
        if (category == null) {
            errors.add(new FieldError("guardianIdNumber", ImportMessages.GUARDIAN_NO_CATEGORY.text(
                    row.src.get(GUARDIAN_NAME), age)));
            return;
        }
        PersonDTO in = new PersonDTO();
        in.name = row.src.get(GUARDIAN_NAME);
        in.idNumber = gid.value();
        in.villageCode = row.person.villageCode;
        in.phone = Masking.isMasked(row.src.get(GUARDIAN_PHONE)) ? null : row.src.get(GUARDIAN_PHONE);
        in.categories = EnumSet.of(category);
        try {
            row.newGuardian = rules.validate(null, in, today);
            String label = RosterValues.CATEGORY.get(category);
            result.problem(row, GUARDIAN_NAME, org.guanai.registry.api.roster.ImportProblemDTO.Severity.NOTE,
                    ImportMessages.GUARDIAN_REGISTERED.text(label, category.name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ')), null);
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                errors.add(new FieldError(f.field.equals("phone") ? "contactPhone" : f.field.equals("name") ? "name"
                        : "guardianIdNumber", f.text()));
            }
        }
    }
}
