package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterLine;

/**
 * A roster file as the import sees it: its rows, grouped into households. A household is the rows of one
 * 户编号; a roster without 户编号 (a children's or women's roster) groups a person's row with the rows that share
 * its guardian or parents in the same village (siblings), and matches a stored household through the persons
 * already registered in it. A row with person data but no 姓名 is rejected here: nothing is silently skipped.
 */
final class ImportModel {

    final List<Row> rows = new ArrayList<>();
    final Map<String, Household> households = new LinkedHashMap<>();
    /** Persons without a household (the template's rows without 户编号 and without family columns). */
    final List<Row> noHousehold = new ArrayList<>();
    /** The template's guardians sheet: the child's ID number with the guardian columns, no 姓名. */
    final List<Row> guardianRows = new ArrayList<>();

    static final class Row {
        final RosterLine src;
        Household household;
        /** Validated, as the file has it (before merging with what is stored). */
        PersonDTO person;
        /** Members working away this row names: the template's one, or a roster's parents or husband. */
        final List<MigrantMemberDTO> migrants = new ArrayList<>();
        Guardian guardian;
        /** A guardian first registered by this row (from 监护人姓名 and the guardian's ID number). */
        PersonDTO newGuardian;
        boolean rejected;
        boolean duplicate;
        boolean warned;
        boolean changed;

        Row(RosterLine src) {
            this.src = src;
        }

        boolean ok() {
            return !rejected && !duplicate;
        }
    }

    static final class Household {
        /** The 户编号, or null for a household the roster does not number. */
        final String key;
        /** The stored household these rows are: from a {@code #123} key, or found through its persons. */
        Long idRef;
        final List<Row> rows = new ArrayList<>();
        final Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        final Map<RosterColumn, Row> valueRows = new EnumMap<>(RosterColumn.class);
        HouseholdDTO dto;
        /** The migrant members to store, or null to keep the stored ones (the file names none). */
        List<MigrantMemberDTO> migrants;
        boolean rejected;
        String notes;

        Household(String key, Long idRef) {
            this.key = key;
            this.idRef = idRef;
        }
    }

    static final class Guardian {
        String childIdNumber;
        String guardianIdNumber;
        GuardianRelation relation;
        GuardianCapacity capacity;
        String phone;
        boolean keepPhone;
    }

    /** What the registry holds for a file's ID numbers: enough to validate, match households and find duplicates. */
    record Known(long id, String name, LocalDate birthDate, String gender, String townshipCode, boolean child,
                 Long householdId) {
    }

    /** Groups the lines into rows and households; rows that cannot be placed are rejected with their reason. */
    static ImportModel build(List<RosterLine> lines, ImportResult result) {
        ImportModel model = new ImportModel();
        for (RosterLine line : lines) {
            Row row = new Row(line);
            model.rows.add(row);
            String key = line.get(HOUSEHOLD_KEY);
            if (!line.has(NAME) && personData(line) != null) {
                result.reject(row, NAME, ImportMessages.NAME_MISSING.text(personData(line)),
                        ImportMessages.NAME_MISSING_EXPECTED.text());
                continue;
            }
            if (key.isEmpty()) {
                String derived = line.has(NAME) ? derivedKey(line) : null;
                if (derived != null) {
                    model.add(row, derived, null, null);
                } else if (!line.has(NAME) && line.has(ID_NUMBER) && line.anyOf(RosterColumn.Part.GUARDIAN)) {
                    model.guardianRows.add(row);
                } else if (line.has(NAME) && !line.anyOf(RosterColumn.Part.MIGRANT)) {
                    model.noHousehold.add(row);
                } else {
                    result.reject(row, HOUSEHOLD_KEY, ImportMessages.KEY_MISSING.text(), ImportMessages.hint(HOUSEHOLD_KEY));
                }
                continue;
            }
            if (key.length() > HouseholdServiceImpl.HOUSEHOLD_KEY_MAX) {
                result.reject(row, HOUSEHOLD_KEY, ImportMessages.KEY_TOO_LONG.text(HouseholdServiceImpl.HOUSEHOLD_KEY_MAX),
                        ImportMessages.hint(HOUSEHOLD_KEY));
                continue;
            }
            model.add(row, key, key, idRef(key));
        }
        return model;
    }

    private void add(Row row, String groupKey, String key, Long idRef) {
        Household h = households.computeIfAbsent(groupKey, k -> new Household(key, idRef));
        h.rows.add(row);
        row.household = h;
    }

    /**
     * The person columns a row without 姓名 has, for the report; null when it has none (a household's own row
     * in the template, or a guardians sheet's row).
     */
    private static String personData(RosterLine line) {
        List<String> found = new ArrayList<>();
        for (RosterColumn c : new RosterColumn[] {GENDER, BIRTH_DATE, CATEGORIES, PHONE, SCHOOL, GRADE, AGE,
            FATHER_NAME, MOTHER_NAME, HUSBAND_NAME, GUARDIAN_NAME}) {
            if (line.has(c)) {
                found.add(line.header(c));
            }
        }
        // the child's ID number with the guardian's columns alone is a guardians sheet's row
        boolean guardianRow = line.anyOf(RosterColumn.Part.GUARDIAN) && found.isEmpty();
        if (line.has(ID_NUMBER) && !guardianRow) {
            found.add(0, line.header(ID_NUMBER));
        }
        return found.isEmpty() ? null : String.join("、", found);
    }

    /**
     * Groups a roster's rows without 户编号 into households: a child's with the siblings that share its guardian
     * (or parents) in the same village; a woman's or an old person's on its own. Null when the row names no
     * family (the template's person without household).
     */
    static String derivedKey(RosterLine line) {
        boolean family = line.has(FATHER_NAME) || line.has(MOTHER_NAME) || line.has(FATHER_WORKPLACE)
                || line.has(MOTHER_WORKPLACE) || line.has(GUARDIAN_ID_NUMBER) || line.has(GUARDIAN_NAME)
                || line.has(HUSBAND_NAME) || line.has(HUSBAND_WORKPLACE);
        if (!family) {
            return null;
        }
        String village = line.get(TOWNSHIP) + "/" + line.get(VILLAGE);
        if (line.has(HUSBAND_NAME) || line.has(HUSBAND_WORKPLACE) || !line.has(FATHER_NAME) && !line.has(MOTHER_NAME)
                && !line.has(GUARDIAN_ID_NUMBER)) {
            return "~" + village + "|self|" + line.get(ID_NUMBER).toUpperCase(Locale.ROOT) + "|" + line.line;
        }
        if (line.has(GUARDIAN_ID_NUMBER)) {
            return "~" + village + "|guardian|" + line.get(GUARDIAN_ID_NUMBER).toUpperCase(Locale.ROOT);
        }
        return "~" + village + "|parents|" + line.get(FATHER_NAME) + "|" + line.get(MOTHER_NAME);
    }

    private static Long idRef(String key) {
        if (key.length() > 1 && key.charAt(0) == '#' && key.substring(1).chars().allMatch(Character::isDigit)
                && key.length() < 19) {
            return Long.valueOf(key.substring(1));
        }
        return null;
    }
}
