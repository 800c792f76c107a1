package org.guanai.registry.console;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Gender;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.SchoolStage;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.FullViewAction;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "person-list", description = "Lists left-behind women, children and elderly")
public class PersonList extends FullViewAction {

    @Reference
    PersonService persons;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--village", description = "Village: its name (or 乡镇/村) or 12-digit code")
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--category", description = "LEFT_BEHIND_WOMAN, LEFT_BEHIND_CHILD or LEFT_BEHIND_ELDERLY (or 妇女, 儿童, 老人)")
    @Completion(value = StringsCompleter.class, values = {"LEFT_BEHIND_WOMAN", "LEFT_BEHIND_CHILD", "LEFT_BEHIND_ELDERLY"})
    String category;

    @Option(name = "--status", description = "ACTIVE or ENDED")
    @Completion(value = StringsCompleter.class, values = {"ACTIVE", "ENDED"})
    String status;

    @Option(name = "--name", description = "Name starts with this")
    String name;

    @Option(name = "--gender", description = "FEMALE or MALE")
    @Completion(value = StringsCompleter.class, values = {"FEMALE", "MALE"})
    String gender;

    @Option(name = "--school-stage", description = "NOT_YET_IN_SCHOOL, KINDERGARTEN, PRIMARY, MIDDLE_SCHOOL or NOT_IN_SCHOOL")
    @Completion(value = StringsCompleter.class, values = {"NOT_YET_IN_SCHOOL", "KINDERGARTEN", "PRIMARY", "MIDDLE_SCHOOL", "NOT_IN_SCHOOL"})
    String schoolStage;

    @Option(name = "--household", description = "Household id")
    @Completion(HouseholdIdCompleter.class)
    String household;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;


    @Override
    public Object execute() throws Exception {
        return Console.run("person query", () -> fullView("person", () -> {
            PersonQuery query = new PersonQuery();
            query.townshipCode = divisions.townshipCode("--township", township);
            query.villageCode = divisions.villageCode("--village", village);
            query.category = Labels.parse("--category", category, CareCategory.class);
            query.status = Labels.parse("--status", status, Status.class);
            query.namePrefix = Console.text(name);
            query.gender = Labels.parse("--gender", gender, Gender.class);
            query.schoolStage = Labels.parse("--school-stage", schoolStage, SchoolStage.class);
            query.householdId = Console.parseId("--household", household);
            Page<PersonDTO> page = persons.list(query, Console.page(offset, limit));

            DivisionNames names = new DivisionNames(divisions);
            LocalDate today = LocalDate.now();
            Table table = new Table().number(Labels.col("id")).column(Labels.col("name")).column(Labels.col("gender")).column(Labels.col("idNumber"))
                    .number(Labels.col("age")).column(Labels.col("categories")).column(Labels.col("village")).column(Labels.col("status"));
            for (PersonDTO p : page.items) {
                table.row(p.id, p.name, Labels.zh(p.gender), p.idNumber,
                        Labels.age(p.birthDate, today), Labels.categories(p.categories), names.name(p.villageCode),
                        p.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "persons");
            return page.items.stream().map(p -> p.id).toList();
        }));
    }
}
