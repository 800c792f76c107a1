package org.guanai.health.internal.screening;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.guanai.health.api.FollowUpDTO;

/**
 * Checks whose follow-up was due before today and has not been recorded, most overdue first (then the
 * older check, then the check id). With a township, only persons the registry places there now.
 */
public final class OverdueFollowUps {

    private OverdueFollowUps() {
    }

    /**
     * @param persons the registry persons the checks name, by id; a check of someone unknown is listed
     *                without a name, and left out when a township is asked for
     */
    public static List<FollowUpDTO> of(LocalDate today, String townshipCode, Collection<CheckFact> checks,
                                       Map<Long, PersonFact> persons) {
        List<FollowUpDTO> overdue = new ArrayList<>();
        for (CheckFact c : checks) {
            if (c.followUpDue() == null || !c.followUpDue().isBefore(today) || c.followedUpOn() != null) {
                continue;
            }
            PersonFact person = persons.get(c.personId());
            String township = person == null ? null : person.townshipCode();
            if (townshipCode != null && !townshipCode.equals(township)) {
                continue;
            }
            FollowUpDTO f = new FollowUpDTO();
            f.checkId = c.checkId();
            f.personId = c.personId();
            f.name = person == null ? null : person.name();
            f.townshipCode = township;
            f.checkedOn = c.checkedOn();
            f.followUpDue = c.followUpDue();
            f.daysOverdue = ChronoUnit.DAYS.between(c.followUpDue(), today);
            overdue.add(f);
        }
        overdue.sort(Comparator.comparingLong((FollowUpDTO f) -> -f.daysOverdue)
                .thenComparing(f -> f.checkedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(f -> f.checkId));
        return overdue;
    }
}
