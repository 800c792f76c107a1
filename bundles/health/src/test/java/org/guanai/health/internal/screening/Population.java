package org.guanai.health.internal.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.guanai.health.api.CheckResult;

/** Generates women and their checks for the rule tests; ids count up from 1. */
final class Population {
    final List<PersonFact> women = new ArrayList<>();
    final List<CheckFact> checks = new ArrayList<>();
    private long nextPerson = 1;
    private long nextCheck = 1;

    long woman(String name, String village) {
        long id = nextPerson++;
        women.add(new PersonFact(id, name, village, village.substring(0, 9), "1390000" + String.format("%04d", id)));
        return id;
    }

    /** {@code count} women in the village, named with the prefix and a number. */
    List<Long> women(int count, String prefix, String village) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(woman(prefix + i, village));
        }
        return ids;
    }

    /** Someone who is not among the women (another category, or ended): their checks must not count. */
    long outsider() {
        return nextPerson++;
    }

    CheckFact check(long person, LocalDate on, CheckResult result) {
        return check(person, on, result, null, null);
    }

    CheckFact check(long person, LocalDate on, CheckResult result, LocalDate followUpDue, LocalDate followedUpOn) {
        CheckFact c = new CheckFact(nextCheck++, person, on, result, followUpDue, followedUpOn);
        checks.add(c);
        return c;
    }

    List<CheckedOn> checkDays() {
        return checks.stream().map(c -> new CheckedOn(c.personId(), c.checkedOn())).collect(Collectors.toList());
    }
}
