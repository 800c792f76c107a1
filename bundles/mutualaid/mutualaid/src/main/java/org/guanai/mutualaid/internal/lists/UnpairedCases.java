package org.guanai.mutualaid.internal.lists;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guanai.mutualaid.api.UnpairedCaseDTO;
import org.guanai.mutualaid.api.VulnerableReason;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.Status;

/**
 * The vulnerable cases no active pairing covers. A person (a child without a capable guardian, an elderly person
 * living alone) is covered by a pairing of them or of their household; a hardship household by a pairing of it or of
 * any of its active persons. Ordered by township, village, reason, then name as Chinese readers sort it.
 */
public final class UnpairedCases {
    private UnpairedCases() {
    }

    /**
     * @param children          active left-behind children without a capable guardian
     * @param hardship          active households marked in hardship
     * @param everyone          the active persons of the same divisions (to find who lives alone, and whose household a
     *                          person pairing covers)
     * @param pairedPersons     persons with an active pairing
     * @param pairedHouseholds  households with an active pairing
     */
    public static List<UnpairedCaseDTO> of(Collection<PersonDTO> children, Collection<HouseholdDTO> hardship,
                                           Collection<PersonDTO> everyone, Set<Long> pairedPersons,
                                           Set<Long> pairedHouseholds) {
        Map<Long, Integer> residents = new HashMap<>();
        Map<Long, Boolean> householdHasPairedPerson = new HashMap<>();
        for (PersonDTO p : everyone) {
            if (p.householdId != null && p.status == Status.ACTIVE) {
                residents.merge(p.householdId, 1, Integer::sum);
                if (pairedPersons.contains(p.id)) {
                    householdHasPairedPerson.put(p.householdId, true);
                }
            }
        }
        List<UnpairedCaseDTO> cases = new ArrayList<>();
        for (PersonDTO c : children) {
            if (!covered(c, pairedPersons, pairedHouseholds)) {
                cases.add(person(VulnerableReason.CHILD_WITHOUT_CAPABLE_GUARDIAN, c));
            }
        }
        for (PersonDTO p : everyone) {
            boolean alone = p.status == Status.ACTIVE && p.categories != null
                    && p.categories.contains(CareCategory.LEFT_BEHIND_ELDERLY)
                    && (p.householdId == null || residents.getOrDefault(p.householdId, 0) <= 1);
            if (alone && !covered(p, pairedPersons, pairedHouseholds)) {
                cases.add(person(VulnerableReason.ELDERLY_LIVING_ALONE, p));
            }
        }
        for (HouseholdDTO h : hardship) {
            boolean vulnerable = h.hardship && h.status == Status.ACTIVE;
            if (vulnerable && !pairedHouseholds.contains(h.id) && !householdHasPairedPerson.getOrDefault(h.id, false)) {
                UnpairedCaseDTO d = new UnpairedCaseDTO();
                d.reason = VulnerableReason.HARDSHIP_HOUSEHOLD;
                d.householdId = h.id;
                d.name = h.headName;
                d.villageCode = h.villageCode;
                d.townshipCode = h.townshipCode;
                cases.add(d);
            }
        }
        cases.sort(order());
        return cases;
    }

    private static boolean covered(PersonDTO p, Set<Long> pairedPersons, Set<Long> pairedHouseholds) {
        return pairedPersons.contains(p.id) || p.householdId != null && pairedHouseholds.contains(p.householdId);
    }

    private static UnpairedCaseDTO person(VulnerableReason reason, PersonDTO p) {
        UnpairedCaseDTO d = new UnpairedCaseDTO();
        d.reason = reason;
        d.personId = p.id;
        d.householdId = p.householdId;
        d.name = p.name;
        d.villageCode = p.villageCode;
        d.townshipCode = p.townshipCode;
        return d;
    }

    static Comparator<UnpairedCaseDTO> order() {
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        // each name's collation key made once for the sort, not its pinyin worked out at every comparison
        Map<String, CollationKey> keys = new HashMap<>();
        Comparator<String> pinyin = Comparator.comparing(name -> keys.computeIfAbsent(name, names::getCollationKey));
        return Comparator.comparing((UnpairedCaseDTO d) -> d.townshipCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.villageCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.reason)
                .thenComparing(d -> d.name, Comparator.nullsLast(pinyin));
    }
}
