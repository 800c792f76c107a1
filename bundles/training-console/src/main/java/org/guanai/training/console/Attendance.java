package org.guanai.training.console;

import java.math.BigDecimal;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.BadInputException;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.AttendanceDayDTO;
import org.guanai.training.api.AttendanceService;

@Service
@Command(scope = "training", name = "attendance", description = "Records one class day: its hours and who was present (考勤)")
public class Attendance implements Action {

    @Reference
    AttendanceService attendance;

    @Option(name = "--class", required = true, description = "Class id")
    String classId;

    @Option(name = "--day", required = true, description = "The class day, YYYY-MM-DD")
    String day;

    @Option(name = "--hours", required = true, description = "Hours taught that day, e.g. 6 or 3.5")
    String hours;

    @Argument(index = 0, name = "persons", description = "Ids of the enrolled persons present", multiValued = true)
    @Completion(PersonIdCompleter.class)
    List<String> persons;

    @Override
    public Object execute() throws Exception {
        return Console.run("attendance", () -> {
            AttendanceDayDTO d = new AttendanceDayDTO();
            d.day = Console.parseDate("--day", day);
            d.hours = hours(hours);
            d.personIds.addAll(Console.parseIds("persons", persons == null ? List.of() : persons));
            AttendanceDayDTO saved = attendance.record(Console.parseId("--class", classId), d);
            System.out.println(Labels.say("attendance.recorded", saved.day, saved.personIds.size(),
                    saved.hours.toPlainString()));
        });
    }

    static BigDecimal hours(String raw) {
        try {
            return raw == null ? null : new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(Labels.text("hours.bad", raw));
        }
    }
}
