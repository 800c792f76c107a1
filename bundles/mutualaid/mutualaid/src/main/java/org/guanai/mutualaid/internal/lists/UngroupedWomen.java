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

import org.guanai.mutualaid.api.UngroupedWomanDTO;
import org.guanai.registry.api.PersonSummaryDTO;

/** Active left-behind women with no active membership of any group, by village, then name (pinyin order). */
public final class UngroupedWomen {
    private UngroupedWomen() {
    }

    public static List<UngroupedWomanDTO> of(Collection<PersonSummaryDTO> activeWomen, Set<Long> inAGroup) {
        List<UngroupedWomanDTO> out = new ArrayList<>();
        for (PersonSummaryDTO w : activeWomen) {
            if (!inAGroup.contains(w.id)) {
                UngroupedWomanDTO d = new UngroupedWomanDTO();
                d.personId = w.id;
                d.name = w.name;
                d.villageCode = w.villageCode;
                d.townshipCode = w.townshipCode;
                d.phone = w.phone;
                out.add(d);
            }
        }
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        // each name's collation key made once for the sort, not its pinyin worked out at every comparison
        Map<String, CollationKey> keys = new HashMap<>();
        Comparator<String> pinyin = Comparator.comparing(name -> keys.computeIfAbsent(name, names::getCollationKey));
        out.sort(Comparator.comparing((UngroupedWomanDTO d) -> d.villageCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.name, Comparator.nullsLast(pinyin))
                .thenComparing(d -> d.personId));
        return out;
    }
}
