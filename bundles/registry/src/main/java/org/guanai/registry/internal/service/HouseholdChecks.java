package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.ValidationException;
import org.guanai.registry.api.roster.RosterColumn;
import org.guanai.registry.api.security.Masking;
import org.guanai.registry.api.security.Scope;
import org.guanai.registry.internal.jpa.HouseholdEntity;
import org.guanai.registry.internal.roster.ImportMessages;
import org.guanai.registry.internal.roster.RosterValues;

/**
 * A file's households, checked as a REST create would check them: one set of household values per household
 * (the first row's win; differing rows are warned about), the village by name or code, and the members working
 * away (the template's one per row, or a roster's parents and husband with their workplace). An error in the
 * household's own values rejects all its rows; a bad member rejects its row.
 */
final class HouseholdChecks {

    private final HouseholdServiceImpl rules;
    private final VillageResolver villages;
    private final ImportLookups lookups;
    private final MigrantColumns migrants;
    private final Scope scope;

    HouseholdChecks(HouseholdServiceImpl rules, VillageResolver villages, ImportLookups lookups, Scope scope) {
        this.rules = rules;
        this.villages = villages;
        this.lookups = lookups;
        this.migrants = new MigrantColumns(rules);
        this.scope = scope;
    }

    void check(ImportResult result, Collection<ImportModel.Household> households, Set<RosterColumn> columns,
               Map<String, ImportModel.Known> known) {
        for (ImportModel.Household h : households) {
            if (h.key == null) {
                h.idRef = storedHousehold(h, known);
            }
        }
        Map<Long, HouseholdDTO> byId = new HashMap<>();
        Map<String, HouseholdDTO> byKey = stored(households, byId);
        boolean fileHasMigrants = columns.contains(MIGRANT_NAME) || columns.stream()
                .anyMatch(c -> c.part() == RosterColumn.Part.FAMILY);
        for (ImportModel.Household h : households) {
            HouseholdDTO stored = h.idRef != null ? byId.get(h.idRef) : byKey.get(h.key);
            if (check(result, h, columns, stored) && fileHasMigrants) {
                h.migrants = new ArrayList<>();
            }
            if (!h.rejected) {
                for (ImportModel.Row row : h.rows) {
                    migrants.read(result, row, stored);
                }
            }
        }
    }

    /** A roster without 户编号: the household the registry already files its persons (or their guardian) under. */
    private static Long storedHousehold(ImportModel.Household h, Map<String, ImportModel.Known> known) {
        for (ImportModel.Row row : h.rows) {
            for (RosterColumn c : new RosterColumn[] {ID_NUMBER, GUARDIAN_ID_NUMBER}) {
                ImportModel.Known k = known.get(row.src.get(c).toUpperCase(java.util.Locale.ROOT));
                if (k != null && k.householdId() != null) {
                    return k.householdId();
                }
            }
        }
        return null;
    }

    private Map<String, HouseholdDTO> stored(Collection<ImportModel.Household> households, Map<Long, HouseholdDTO> byId) {
        Map<String, HouseholdDTO> byKey = new HashMap<>();
        List<String> keys = households.stream().filter(h -> h.idRef == null && h.key != null).map(h -> h.key).toList();
        List<Long> ids = households.stream().filter(h -> h.idRef != null).map(h -> h.idRef).distinct().toList();
        for (List<String> batch : ImportLookups.batches(keys)) {
            lookups.tx(em -> {
                for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.householdKey IN :k",
                        HouseholdEntity.class).setParameter("k", ImportLookups.padded(batch))
                        .setHint("eclipselink.batch", "h.migrantMembers").setHint("eclipselink.batch.type", "IN")
                        .getResultList()) {
                    byKey.put(e.getHouseholdKey(), HouseholdMapper.toDto(e));
                }
                return null;
            });
        }
        for (List<Long> batch : ImportLookups.batches(ids)) {
            lookups.tx(em -> {
                for (HouseholdEntity e : em.createQuery("SELECT h FROM Household h WHERE h.id IN :k",
                        HouseholdEntity.class).setParameter("k", ImportLookups.padded(batch)).getResultList()) {
                    byId.put(e.getId(), HouseholdMapper.toDto(e));
                }
                return null;
            });
        }
        return byKey;
    }

    /** @return whether the household is good */
    private boolean check(ImportResult result, ImportModel.Household h, Set<RosterColumn> columns, HouseholdDTO stored) {
        for (ImportModel.Row row : h.rows) {
            for (RosterColumn c : RosterColumn.values()) {
                if (c.part() == RosterColumn.Part.HOUSEHOLD && c != HOUSEHOLD_KEY && row.src.has(c)) {
                    String value = row.src.get(c);
                    String first = h.values.putIfAbsent(c, value);
                    if (first == null) {
                        h.valueRows.put(c, row);
                    } else if (!first.equals(value)) {
                        result.warn(row, c, ImportMessages.HOUSEHOLD_VALUE_DIFFERS.text(h.valueRows.get(c).src.line, first),
                                ImportMessages.HOUSEHOLD_VALUE_DIFFERS_EXPECTED.text());
                    }
                }
            }
            if (!row.src.has(NAME) && row.src.has(NOTES) && h.notes == null) {
                h.notes = row.src.get(NOTES);
            }
        }
        if (h.key != null && h.idRef != null && stored == null) {
            result.rejectHousehold(h, null, HOUSEHOLD_KEY, ImportMessages.NO_SUCH_HOUSEHOLD.text(h.idRef),
                    ImportMessages.NO_SUCH_HOUSEHOLD_EXPECTED.text());
            return false;
        }
        ImportModel.Row first = h.rows.get(0);
        HouseholdDTO in = new HouseholdDTO();
        in.householdKey = h.key == null || h.idRef != null ? stored == null ? null : stored.householdKey : h.key;
        ImportModel.Row villageRow = h.valueRows.getOrDefault(VILLAGE, first);
        String village = h.values.get(VILLAGE);
        if (village == null && stored != null) {
            in.villageCode = stored.villageCode;
        } else {
            VillageResolver.Resolution r = villages.resolve(h.values.get(TOWNSHIP), village);
            if (!r.ok()) {
                result.rejectHousehold(h, r.column() == TOWNSHIP ? h.valueRows.getOrDefault(TOWNSHIP, first) : villageRow,
                        r.column(), r.problem(), ImportMessages.hint(VILLAGE));
                return false;
            }
            in.villageCode = r.villageCode();
        }
        in.address = pick(h, ADDRESS, columns, stored == null ? null : stored.address);
        in.headName = pick(h, HEAD_NAME, columns, stored == null ? null : stored.headName);
        if (in.headName == null && in.address == null) {
            in.headName = head(first);
        }
        String phone = pick(h, HOUSEHOLD_PHONE, columns, stored == null ? null : stored.contactPhone);
        in.contactPhone = Masking.isMasked(phone) && stored != null ? stored.contactPhone : phone;
        try {
            Boolean hardship = RosterValues.yesNo(h.values.get(HARDSHIP));
            in.hardship = hardship != null ? hardship : columns.contains(HARDSHIP) || stored == null ? false : stored.hardship;
        } catch (IllegalArgumentException e) {
            result.rejectHousehold(h, h.valueRows.get(HARDSHIP), HARDSHIP,
                    ImportMessages.NOT_YES_NO.text(h.values.get(HARDSHIP)), e.getMessage());
            return false;
        }
        in.notes = h.notes != null ? h.notes : stored == null ? null : stored.notes;
        try {
            h.dto = rules.validate(in);
            if (!scope.includes(h.dto.townshipCode, h.dto.villageCode)) {
                result.rejectHousehold(h, villageRow, VILLAGE, ImportMessages.OUTSIDE_SCOPE.text(h.dto.villageCode),
                        ImportMessages.OUTSIDE_SCOPE_EXPECTED.text());
                return false;
            }
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                RosterColumn c = switch (f.field) {
                    case "householdKey" -> HOUSEHOLD_KEY;
                    case "villageCode" -> VILLAGE;
                    case "address" -> ADDRESS;
                    case "contactPhone" -> HOUSEHOLD_PHONE;
                    case "notes" -> NOTES;
                    default -> HEAD_NAME;
                };
                ImportModel.Row at = h.valueRows.getOrDefault(c, first);
                result.problem(at, c, org.guanai.registry.api.roster.ImportProblemDTO.Severity.ERROR,
                        ImportMessages.HOUSEHOLD_ROWS_NOT_IMPORTED.text(ImportMessages.rule(f.text())), ImportMessages.hint(c));
            }
            result.rejectHousehold(h, null, null, null, null);
            return false;
        }
        return true;
    }

    /** A roster that names no head: the father away, else the guardian, the mother, the husband, the person. */
    private static String head(ImportModel.Row row) {
        for (RosterColumn c : new RosterColumn[] {FATHER_NAME, GUARDIAN_NAME, MOTHER_NAME, HUSBAND_NAME, NAME}) {
            if (row.src.has(c)) {
                return row.src.get(c);
            }
        }
        return null;
    }

    private static String pick(ImportModel.Household h, RosterColumn c, Set<RosterColumn> columns, String stored) {
        String v = h.values.get(c);
        if (v != null) {
            return v;
        }
        return columns.contains(c) ? null : stored;
    }

    /** The members to store: the good rows' members, each once (siblings name the same parents). */
    static List<MigrantMemberDTO> goodMigrants(ImportModel.Household h) {
        List<MigrantMemberDTO> list = new ArrayList<>();
        for (ImportModel.Row r : h.rows) {
            if (!r.ok()) {
                continue;
            }
            for (MigrantMemberDTO m : r.migrants) {
                if (list.stream().noneMatch(x -> Objects.equals(x.name, m.name) && x.relation == m.relation)) {
                    list.add(m);
                }
            }
        }
        return list;
    }
}
