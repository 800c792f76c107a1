package org.guanai.registry.internal.service;

import static org.guanai.registry.api.roster.RosterColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.roster.ImportProblemDTO.Severity;
import org.guanai.registry.internal.roster.ImportMessages;

/**
 * Who in a file is already registered (by ID number), and who might be a person registered, or in the file,
 * under another ID number: the same birth date, gender and township and a same or similar name (same surname,
 * given names at most one character apart). Possible duplicates are held back, never merged.
 */
final class DuplicateFinder {

    static final int MAX_NAME_DISTANCE = 1;

    private final ImportLookups lookups;

    DuplicateFinder(ImportLookups lookups) {
        this.lookups = lookups;
    }

    /** The registry's persons among the file's ID numbers (persons and guardians), one query per batch. */
    Map<String, ImportModel.Known> known(List<ImportModel.Row> rows) {
        Set<String> ids = new HashSet<>();
        for (ImportModel.Row row : rows) {
            for (String n : new String[] {row.src.get(ID_NUMBER), row.src.get(GUARDIAN_ID_NUMBER)}) {
                if (n.length() == 18) {
                    ids.add(n.toUpperCase(Locale.ROOT));
                }
            }
        }
        Map<String, ImportModel.Known> known = new HashMap<>();
        for (List<String> batch : ImportLookups.batches(new ArrayList<>(ids))) {
            lookups.tx(em -> {
                for (Object[] r : em.createQuery("SELECT p.idNumber, p.id, p.name, p.birthDate, p.gender,"
                        + " p.townshipCode, p.child, p.householdId FROM Person p WHERE p.idNumber IN :ids", Object[].class)
                        .setParameter("ids", ImportLookups.padded(batch)).getResultList()) {
                    known.put((String) r[0], new ImportModel.Known((Long) r[1], (String) r[2], (LocalDate) r[3],
                            r[4].toString(), (String) r[5], (Boolean) r[6], (Long) r[7]));
                }
                return null;
            });
        }
        return known;
    }

    /** Holds back (or, confirmed, only warns about) new persons that look like someone else. */
    void findLikely(ImportResult result, List<ImportModel.Row> rows, Map<String, ImportModel.Known> known,
                    boolean confirm) {
        // new persons only: a person already in the registry under the same ID number is the same person
        List<ImportModel.Row> fresh = rows.stream()
                .filter(r -> r.ok() && r.person != null && !known.containsKey(r.person.idNumber)).toList();
        Map<String, List<ImportModel.Known>> registry = new HashMap<>();
        List<LocalDate> dates = fresh.stream().map(r -> r.person.birthDate).distinct().toList();
        for (List<LocalDate> batch : ImportLookups.batches(dates)) {
            lookups.tx(em -> {
                for (Object[] r : em.createQuery("SELECT p.id, p.name, p.birthDate, p.gender, p.townshipCode"
                        + " FROM Person p WHERE p.birthDate IN :d", Object[].class)
                        .setParameter("d", ImportLookups.padded(batch)).getResultList()) {
                    ImportModel.Known k = new ImportModel.Known((Long) r[0], (String) r[1], (LocalDate) r[2],
                            r[3].toString(), (String) r[4], false, null);
                    registry.computeIfAbsent(key(k.birthDate(), k.gender(), k.townshipCode()), x -> new ArrayList<>())
                            .add(k);
                }
                return null;
            });
        }
        Map<String, List<ImportModel.Row>> inFile = new HashMap<>();
        for (ImportModel.Row row : fresh) {
            PersonDTO p = row.person;
            String key = key(p.birthDate, p.gender.toString(), p.townshipCode);
            String found = null;
            for (ImportModel.Known k : registry.getOrDefault(key, List.of())) {
                if (!k.name().isEmpty() && similarNames(k.name(), p.name)) {
                    found = ImportMessages.DUPLICATE_IN_REGISTRY.text(k.id(), k.name());
                    break;
                }
            }
            if (found == null) {
                for (ImportModel.Row other : inFile.getOrDefault(key, List.of())) {
                    if (similarNames(other.person.name, p.name)) {
                        found = ImportMessages.DUPLICATE_IN_FILE.text(other.src.line, other.person.name);
                        break;
                    }
                }
            }
            inFile.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
            if (found != null) {
                if (confirm) {
                    result.warn(row, NAME, ImportMessages.DUPLICATE_CONFIRMED.text(found), null);
                } else {
                    row.duplicate = true;
                    result.problem(row, NAME, Severity.DUPLICATE, ImportMessages.DUPLICATE_HELD.text(found),
                            ImportMessages.DUPLICATE_EXPECTED.text());
                }
            }
        }
    }

    private static String key(LocalDate birth, String gender, String township) {
        return birth + "|" + gender + "|" + township;
    }

    /**
     * The same surname (first character) and given names at most one character apart (added, removed or
     * changed: Levenshtein distance on code points), which catches the usual typos and homophone
     * characters (秀英/秀瑛) without flagging 张伟 and 王伟 as one person.
     */
    static boolean similarNames(String a, String b) {
        int[] x = a.strip().codePoints().toArray();
        int[] y = b.strip().codePoints().toArray();
        if (x.length == 0 || y.length == 0 || x[0] != y[0]) {
            return false;
        }
        if (Math.abs(x.length - y.length) > MAX_NAME_DISTANCE) {
            return false;
        }
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length] <= MAX_NAME_DISTANCE;
    }
}
