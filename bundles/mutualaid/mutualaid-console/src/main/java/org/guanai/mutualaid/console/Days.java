package org.guanai.mutualaid.console;

import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.Console;

/** The --days option of the lists: 1 to 3650, 90 by default. */
final class Days {
    private Days() {
    }

    static int parse(String value) {
        Integer days = Console.parseInt("--days", value);
        if (days == null) {
            return MutualAidReports.DEFAULT_DAYS;
        }
        if (days < 1 || days > 3650) {
            throw new BadInputException("--days: 须在 1 到 3650 之间 / must be from 1 to 3650, got " + days);
        }
        return days;
    }
}
