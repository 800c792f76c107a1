package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.guanai.jpa.support.Checks;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterValues;

/**
 * A row's person, checked as a REST create would check it, plus what only a roster has: 出生日期 and 年龄 against
 * the ID number, an ID number Excel turned into 4.30621E+17, the care category a children's or women's roster
 * implies, the school stage its 就读学校 and 年级 imply (both kept in the notes).
 */
final class PersonChecks {

    private final PersonRules rules;
    private final Scope scope;
    /** The category of every person when no 类别 column says it: the option's, else the layout's; may be null. */
    private final CareCategory category;
    private final LocalDate today;

    PersonChecks(PersonRules rules, Scope scope, CareCategory category, LocalDate today) {
        this.rules = rules;
        this.scope = scope;
        this.category = category;
        this.today = today;
    }

    void check(ImportResult result, ImportModel.Row row, String villageCode) {
        PersonDTO in = read(result, row, villageCode);
        if (in == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            row.person = rules.validate(null, in, today);
            if (!scope.includes(row.person.townshipCode, row.person.villageCode)) {
                result.reject(row, VILLAGE, ImportMessages.OUTSIDE_SCOPE.text(row.person.villageCode),
                        ImportMessages.OUTSIDE_SCOPE_EXPECTED.text());
            }
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        for (FieldError f : errors) {
            RosterColumn c = switch (f.field) {
                case "name" -> NAME;
                case "idNumber" -> ID_NUMBER;
                case "birthDate" -> row.src.sheetHas(BIRTH_DATE) ? BIRTH_DATE : ID_NUMBER;
                case "gender" -> GENDER;
                case "phone" -> PHONE;
                case "categories" -> CATEGORIES;
                case "schoolStage" -> row.src.sheetHas(SCHOOL_STAGE) ? SCHOOL_STAGE : GRADE;
                case "notes" -> NOTES;
                default -> VILLAGE;
            };
            result.rejectRule(row, c, f.text());
        }
        if (row.rejected) {
            row.person = null;
        } else {
            checkAge(result, row);
        }
    }

    /** The person as the row has it, or null (the row rejected) when a cell cannot be read at all. */
    private PersonDTO read(ImportResult result, ImportModel.Row row, String villageCode) {
        PersonDTO in = new PersonDTO();
        in.name = row.src.get(NAME);
        String id = row.src.get(ID_NUMBER);
        if (RosterValues.scientific(id)) {
            result.reject(row, ID_NUMBER, ImportMessages.ID_SCIENTIFIC.text(id), ImportMessages.hint(ID_NUMBER));
            return null;
        }
        in.idNumber = id.toUpperCase(Locale.ROOT);
        in.villageCode = villageCode;
        in.phone = row.src.get(PHONE);
        if (RosterValues.scientific(in.phone)) {
            result.reject(row, PHONE, ImportMessages.NUMBER_SCIENTIFIC.text(in.phone), ImportMessages.hint(PHONE));
            return null;
        }
        if (Masking.isMasked(in.phone)) {
            in.phone = null; // merged with the stored phone when written
        }
        Checks parse = new Checks();
        in.gender = RowValues.parseEnum(row, GENDER, RosterValues.GENDER, parse, "gender");
        in.schoolStage = RowValues.parseEnum(row, SCHOOL_STAGE, RosterValues.SCHOOL_STAGE, parse, "schoolStage");
        try {
            in.categories = RosterValues.categories(row.src.get(CATEGORIES));
        } catch (IllegalArgumentException e) {
            parse.add("categories", ImportMessages.NOT_A_CATEGORY.text(row.src.get(CATEGORIES)));
            in.categories = EnumSet.noneOf(CareCategory.class);
        }
        if (in.categories.isEmpty() && category != null) {
            in.categories.add(category);
        }
        if (in.categories.isEmpty() && !parse.hasErrors()) {
            result.reject(row, CATEGORIES, ImportMessages.NO_CATEGORY.text(), ImportMessages.NO_CATEGORY_EXPECTED.text());
        }
        if (row.src.has(BIRTH_DATE)) {
            try {
                in.birthDate = RosterValues.date(row.src.get(BIRTH_DATE));
                if (in.birthDate.isAfter(today)) {
                    result.reject(row, BIRTH_DATE, ImportMessages.BIRTH_DATE_FUTURE.text(in.birthDate), ImportMessages.hint(BIRTH_DATE));
                }
            } catch (IllegalArgumentException e) {
                result.reject(row, BIRTH_DATE, ImportMessages.BIRTH_DATE_BAD.text(row.src.get(BIRTH_DATE)),
                        ImportMessages.hint(BIRTH_DATE));
            }
        }
        if (in.schoolStage == null && in.categories.contains(CareCategory.LEFT_BEHIND_CHILD)) {
            in.schoolStage = RosterValues.schoolStage(row.src.get(SCHOOL), row.src.get(GRADE));
        }
        in.notes = notes(row);
        for (FieldError f : RowValues.errors(parse)) {
            result.rejectRule(row, switch (f.field) {
                case "gender" -> GENDER;
                case "schoolStage" -> SCHOOL_STAGE;
                default -> CATEGORIES;
            }, f.text());
        }
        return row.rejected ? null : in;
    }

    /** 备注, with the school and grade a roster gives (the registry has no field of their own for them). */
    static String notes(ImportModel.Row row) {
        List<String> parts = new ArrayList<>();
        if (row.src.has(NOTES)) {
            parts.add(row.src.get(NOTES));
        }
        if (row.src.has(SCHOOL) || row.src.has(GRADE)) {
            parts.add(("就读学校：" + row.src.get(SCHOOL) + " " + row.src.get(GRADE)).strip());
        }
        return parts.isEmpty() ? null : String.join("；", parts);
    }

    /** 年龄 a roster states is only worth a warning: rosters are filled in over months. */
    private void checkAge(ImportResult result, ImportModel.Row row) {
        if (!row.src.has(AGE) || row.person == null || row.person.birthDate == null) {
            return;
        }
        int age = Period.between(row.person.birthDate, today).getYears();
        try {
            int stated = (int) Double.parseDouble(row.src.get(AGE).replace("岁", "").strip());
            if (Math.abs(stated - age) > 1) {
                result.warn(row, AGE, ImportMessages.AGE_MISMATCH.text(stated, age), ImportMessages.hint(AGE));
            }
        } catch (NumberFormatException e) {
            result.warn(row, AGE, ImportMessages.AGE_MISMATCH.text(row.src.get(AGE), age), ImportMessages.hint(AGE));
        }
    }
}
