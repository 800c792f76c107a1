package org.guanai.mutualaid.console;

import org.guanai.mutualaid.api.MutualAidReports;
import org.guanai.shell.api.BadInputException;
import org.guanai.mutualaid.console.support.Labels;
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
            throw new BadInputException(Labels.text("days.bad", days));
        }
        return days;
    }
}
