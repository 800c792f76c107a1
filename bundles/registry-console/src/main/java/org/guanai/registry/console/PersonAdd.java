package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.SchoolStage;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "person-add", description = "Registers a left-behind woman, child or elderly person")
public class PersonAdd implements Action {

    @Reference
    PersonService persons;

    @Option(name = "--name", description = "Name", required = true)
    String name;

    @Option(name = "--id-number", description = "18-character resident ID number", required = true)
    String idNumber;

    @Option(name = "--category", multiValued = true, required = true,
            description = "LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD or LEFT_BEHIND_ELDERLY (or 妇女, 儿童, 老人); give it twice for a person in two categories")
    @Completion(value = StringsCompleter.class, values = {"LEFT_BEHIND_WOMAN", "LEFT_BEHIND_CHILD", "LEFT_BEHIND_ELDERLY"})
    List<String> categories;

    @Option(name = "--village", description = "Village code (12 digits); taken from the household when absent")
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--household", description = "Household id")
    @Completion(HouseholdIdCompleter.class)
    String household;

    @Option(name = "--phone", description = "Phone")
    String phone;

    @Option(name = "--school-stage", description = "Children: NOT_YET_IN_SCHOOL, KINDERGARTEN, PRIMARY, MIDDLE_SCHOOL or NOT_IN_SCHOOL")
    @Completion(value = StringsCompleter.class, values = {"NOT_YET_IN_SCHOOL", "KINDERGARTEN", "PRIMARY", "MIDDLE_SCHOOL", "NOT_IN_SCHOOL"})
    String schoolStage;

    @Option(name = "--birth-date", description = "YYYY-MM-DD; taken from the ID number when absent")
    String birthDate;

    @Option(name = "--gender", description = "FEMALE or MALE; taken from the ID number when absent")
    @Completion(value = StringsCompleter.class, values = {"FEMALE", "MALE"})
    String gender;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("person", () -> {
            PersonDTO p = new PersonDTO();
            p.name = Console.text(name);
            p.idNumber = Console.text(idNumber);
            p.categories = Labels.parseAll("--category", categories, CareCategory.class);
            p.villageCode = Console.text(village);
            p.householdId = Console.parseId("--household", household);
            p.phone = Console.text(phone);
            p.schoolStage = Labels.parse("--school-stage", schoolStage, SchoolStage.class);
            p.birthDate = Console.parseDate("--birth-date", birthDate);
            p.gender = Labels.parse("--gender", gender, Gender.class);
            p.notes = Console.text(notes);
            PersonDTO created = persons.create(p);
            System.out.println(Labels.say("person.added", created.id, created.name));
            for (String warning : created.warnings) {
                System.out.println("  ! " + warning);
            }
        });
    }
}
