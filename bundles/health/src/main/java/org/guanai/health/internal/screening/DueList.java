package org.guanai.health.internal.screening;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guanai.health.api.DueReason;
import org.guanai.health.api.DueWomanDTO;
import org.guanai.health.internal.HealthText;
import org.guanai.registry.api.Message;

/**
 * Who is due for a check in a year: each woman given (the caller gives the active left-behind women
 * it wants listed) with no check in that year. A check after the year does not count for it: she is
 * due for that year all the same, and her reason names the last year before it she was checked, if any.
 * Ordered by village code, then name as Chinese readers sort it (by pinyin), then person id.
 */
public final class DueList {

    private DueList() {
    }

    public static List<DueWomanDTO> of(int year, Collection<PersonFact> women, Collection<CheckedOn> checks) {
        // The latest year, up to and including the one asked for, each person was checked in.
        Map<Long, Integer> lastYear = new HashMap<>();
        for (CheckedOn c : checks) {
            int y = c.date().getYear();
            if (y <= year) {
                lastYear.merge(c.personId(), y, Math::max);
            }
        }
        List<DueWomanDTO> due = new ArrayList<>();
        for (PersonFact w : women) {
            Integer last = lastYear.get(w.personId());
            if (last != null && last == year) {
                continue;
            }
            DueWomanDTO d = new DueWomanDTO();
            d.personId = w.personId();
            d.name = w.name();
            d.villageCode = w.villageCode();
            d.townshipCode = w.townshipCode();
            d.phone = w.phone();
            d.lastCheckYear = last;
            d.reasonCode = last == null ? DueReason.NEVER_CHECKED : DueReason.CHECKED_BEFORE;
            d.reason = reason(d, Message.CHINESE);
            due.add(d);
        }
        due.sort(order());
        return due;
    }

    /** Why she is due, in {@code language}: 从未检查 / never checked, 最近一次检查在 2024 年 / last checked in 2024. */
    public static String reason(DueWomanDTO woman, Locale language) {
        return woman.reasonCode == DueReason.CHECKED_BEFORE
                ? HealthText.text("due.checkedBefore", woman.lastCheckYear).render(language)
                : HealthText.text("due.neverChecked").render(language);
    }

    /**
     * A fresh order for one sort: each name's collation key is made once and kept for the sort, where comparing
     * with the {@link Collator} would work out both names' pinyin again at every one of the n log n comparisons.
     */
    static Comparator<DueWomanDTO> order() {
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        Map<String, CollationKey> keys = new HashMap<>();
        Comparator<String> pinyin = Comparator.comparing(name -> keys.computeIfAbsent(name, names::getCollationKey));
        return Comparator.comparing((DueWomanDTO d) -> d.villageCode, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.name, Comparator.nullsLast(pinyin))
                .thenComparingLong(d -> d.personId);
    }
}
