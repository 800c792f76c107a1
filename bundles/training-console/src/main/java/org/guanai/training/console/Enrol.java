package org.guanai.training.console;

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
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.training.console.support.Labels;
import org.guanai.training.api.EnrolmentDTO;
import org.guanai.training.api.EnrolmentService;

/** Enrols persons one by one: each refusal is printed with the person it concerns, the others are enrolled. */
@Service
@Command(scope = "training", name = "enrol", description = "Enrols registry persons in a class (报名)")
public class Enrol implements Action {

    @Reference
    EnrolmentService enrolments;

    @Option(name = "--class", required = true, description = "Class id")
    String classId;

    @Option(name = "--date", description = "Enrolled on, YYYY-MM-DD (default today)")
    String date;

    @Argument(index = 0, name = "persons", description = "Person ids", required = true, multiValued = true)
    @Completion(PersonIdCompleter.class)
    List<String> persons;

    @Override
    public Object execute() throws Exception {
        return Console.run("enrolment", () -> {
            long id = Console.parseId("--class", classId);
            java.time.LocalDate on = Console.parseDate("--date", date);
            for (Long person : Console.parseIds("persons", persons)) {
                Console.run("enrolment of person " + person, () -> {
                    EnrolmentDTO n = enrolments.enrol(id, person, on);
                    System.out.println(Labels.say("enrolled",
                            n.personName == null ? Labels.text("person", person) : n.personName, id, n.id));
                });
            }
        });
    }
}
