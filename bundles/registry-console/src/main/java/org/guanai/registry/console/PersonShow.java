package org.guanai.registry.console;

import java.io.PrintStream;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.CareCategory;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PageRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonService;
import org.guanai.registry.api.TimelineDTO;
import org.guanai.registry.api.TimelineEntryDTO;
import org.guanai.registry.api.TimelineService;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.FullViewAction;
import org.guanai.shell.api.Console;
import org.guanai.registry.console.support.Details;
import org.guanai.shell.api.DivisionNames;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "person-show", description = "Shows a person: fields, warnings, guardianships and timeline")
public class PersonShow extends FullViewAction {

    @Reference
    PersonService persons;

    @Reference
    HouseholdService households;

    @Reference
    GuardianshipService guardianships;

    @Reference
    TimelineService timelines;

    @Reference
    DivisionService divisions;


    @Argument(index = 0, name = "id", description = "Person id", required = true)
    @Completion(PersonIdCompleter.class)
    String id;

    @Override
    public Object execute() throws Exception {
        return Console.run("person", () -> fullView("person", () -> {
            PersonDTO p = persons.get(Console.parseId("id", id));
            DivisionNames names = new DivisionNames(divisions);
            PrintStream out = System.out;

            out.println(Labels.say("person.title", p.id, p.name));
            new Details()
                    .add(Labels.field("gender"), p.gender == null ? null : Labels.zh(p.gender) + " (" + p.gender + ")")
                    // masked unless --unmask --reason (and a full-view role)
                    .add(Labels.field("idNumber"), p.idNumber)
                    .add(Labels.field("born"), p.birthDate == null ? null
                            : Labels.say("person.born", p.birthDate, Labels.age(p.birthDate, LocalDate.now())))
                    .add(Labels.field("phone"), p.phone)
                    .add(Labels.field("categories"), p.categories.isEmpty() ? null
                            : Labels.categories(p.categories) + " (" + p.categories + ")")
                    .add(Labels.field("schoolStage"), p.schoolStage)
                    .add(Labels.field("household"), household(p.householdId))
                    .add(Labels.field("village"), names.nameAndCode(p.villageCode))
                    .add(Labels.field("township"), names.nameAndCode(p.townshipCode))
                    .add(Labels.field("notes"), p.notes)
                    .add(Labels.field("status"), p.status)
                    .add(Labels.field("endedOn"), p.endedOn)
                    .add(Labels.field("endReason"), p.endReason)
                    .add(Labels.field("endNote"), p.endNote)
                    .add(Labels.field("version"), p.version)
                    .print(out);

            if (!p.warnings.isEmpty()) {
                out.println();
                out.println(Labels.say("person.warnings"));
                for (String warning : p.warnings) {
                    out.println("  ! " + warning);
                }
            }

            if (p.categories.contains(CareCategory.LEFT_BEHIND_CHILD)) {
                GuardianshipQuery query = new GuardianshipQuery();
                query.childId = p.id;
                printGuardianships(out, Labels.say("person.guardians"), guardianships.list(query, PageRequest.first(50)), true);
            }
            GuardianshipQuery asGuardian = new GuardianshipQuery();
            asGuardian.guardianId = p.id;
            Page<GuardianshipDTO> wards = guardianships.list(asGuardian, PageRequest.first(50));
            if (!wards.items.isEmpty()) {
                printGuardianships(out, Labels.say("person.guardianOf"), wards, false);
            }

            TimelineDTO timeline = timelines.timeline(p.id).in(Console.language());
            out.println();
            out.println(Labels.say("person.timeline", timeline.entries.size()));
            if (!timeline.entries.isEmpty()) {
                Table table = new Table().column(Labels.col("date")).column(Labels.col("module")).column(Labels.col("title")).column(Labels.col("detail"));
                for (TimelineEntryDTO e : timeline.entries) {
                    table.row(e.date, e.moduleId, e.title, e.detail);
                }
                table.print(out);
            }
            if (!timeline.unavailableModules.isEmpty()) {
                out.println("  " + Labels.say("person.timelineMissing", String.join(", ", timeline.unavailableModules)));
            }
            return java.util.List.of(p.id);
        }));
    }

    private String household(Long householdId) {
        if (householdId == null) {
            return null;
        }
        try {
            return householdId + " · " + households.get(householdId).headName;
        } catch (NotFoundException e) {
            return String.valueOf(householdId);
        }
    }

    private static void printGuardianships(PrintStream out, String title, Page<GuardianshipDTO> page, boolean ofChild) {
        out.println();
        out.println(Labels.say("titleCount", title, page.total));
        if (page.items.isEmpty()) {
            return;
        }
        Table table = new Table().number(Labels.col("id")).column(Labels.col(ofChild ? "guardian" : "child")).column(Labels.col("relation"))
                .column(Labels.col("capacity")).column(Labels.col("phone")).column(Labels.col("since")).column(Labels.col("status"));
        for (GuardianshipDTO g : page.items) {
            table.row(g.id, ofChild ? g.guardianName : g.childName, g.relation, g.capacity, g.contactPhone, g.since,
                    g.status);
        }
        table.print(out);
    }
}
