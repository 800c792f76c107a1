package org.guanai.registry.console;

import java.io.PrintStream;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.MigrantMemberDTO;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonQuery;
import org.guanai.registry.api.PersonService;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.FullViewAction;
import org.guanai.shell.api.Console;
import org.guanai.registry.console.support.Details;
import org.guanai.shell.api.DivisionNames;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "household-show", description = "Shows a household, its migrant members and its registered persons")
public class HouseholdShow extends FullViewAction {

    @Reference
    HouseholdService households;

    @Reference
    PersonService persons;

    @Reference
    DivisionService divisions;


    @Argument(index = 0, name = "id", description = "Household id", required = true)
    @Completion(HouseholdIdCompleter.class)
    String id;

    @Override
    public Object execute() throws Exception {
        return Console.run("household", () -> fullView("household", () -> {
            HouseholdDTO h = households.get(Console.parseId("id", id));
            DivisionNames names = new DivisionNames(divisions);
            PrintStream out = System.out;

            out.println(Labels.say("household.title", h.id, h.headName));
            new Details()
                    .add(Labels.field("householdKey"), h.householdKey)
                    .add(Labels.field("village"), names.nameAndCode(h.villageCode))
                    .add(Labels.field("township"), names.nameAndCode(h.townshipCode))
                    .add(Labels.field("address"), h.address)
                    .add(Labels.field("phone"), h.contactPhone)
                    .add(Labels.field("hardship"), Labels.say(h.hardship ? "hardship.yes" : "no"))
                    .add(Labels.field("notes"), h.notes)
                    .add(Labels.field("status"), h.status)
                    .add(Labels.field("endedOn"), h.endedOn)
                    .add(Labels.field("endNote"), h.endNote)
                    .add(Labels.field("version"), h.version)
                    .print(out);

            out.println();
            out.println(Labels.say("household.migrants", h.migrantMembers.size()));
            if (!h.migrantMembers.isEmpty()) {
                Table members = new Table().column(Labels.col("name")).column(Labels.col("relation")).column(Labels.col("worksIn")).column(Labels.col("employer"))
                        .column(Labels.col("phone")).column(Labels.col("since")).column(Labels.col("home"));
                for (MigrantMemberDTO m : h.migrantMembers) {
                    members.row(m.name, m.relation, place(m), m.employer, m.phone, Labels.month(m.awaySince),
                            m.homeFrequency);
                }
                members.print(out);
            }

            PersonQuery query = new PersonQuery();
            query.householdId = h.id;
            Page<PersonDTO> people = persons.list(query, PageRequest.first(PageRequest.MAX_LIMIT));
            out.println();
            out.println(Labels.say("household.persons", people.total));
            if (!people.items.isEmpty()) {
                Table table = new Table().number(Labels.col("id")).column(Labels.col("name")).column(Labels.col("gender")).number(Labels.col("age"))
                        .column(Labels.col("categories")).column(Labels.col("status"));
                LocalDate today = LocalDate.now();
                for (PersonDTO p : people.items) {
                    table.row(p.id, p.name, Labels.zh(p.gender), Labels.age(p.birthDate, today),
                            Labels.categories(p.categories), p.status);
                }
                table.print(out);
            }
            return java.util.List.of(h.id);
        }));
    }

    private static String place(MigrantMemberDTO m) {
        String province = m.workProvince == null ? "" : m.workProvince;
        String city = m.workCity == null ? "" : m.workCity;
        return province.isEmpty() || city.isEmpty() ? province + city : province + "/" + city;
    }
}
