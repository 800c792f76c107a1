package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.PairingDTO;
import org.guanai.mutualaid.api.PairingService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.completers.PersonIdCompleter;

/** Pairs a helper (volunteer, or registry person) with a household or a person (1+1 结对帮扶). */
@Service
@Command(scope = "mutualaid", name = "pairing-add", description = "Pairs a helper with a household or person (1+1)")
public class PairingAdd implements Action {

    @Reference
    PairingService pairings;

    @Option(name = "--volunteer", description = "The helper: a registry volunteer or staff member (id)")
    String volunteer;

    @Option(name = "--helper-person", description = "The helper: a registry person (id), e.g. a women volunteer")
    @Completion(PersonIdCompleter.class)
    String helperPerson;

    @Option(name = "--person", description = "The person helped (id)")
    @Completion(PersonIdCompleter.class)
    String person;

    @Option(name = "--household", description = "The household helped (id)")
    @Completion(HouseholdIdCompleter.class)
    String household;

    @Option(name = "--starts", description = "First day, YYYY-MM-DD (default today)")
    String starts;

    @Option(name = "--notes", description = "Notes, e.g. 帮扶重点：孩子学业")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("pairing", () -> {
            PairingDTO p = new PairingDTO();
            p.helperVolunteerId = Console.parseId("--volunteer", volunteer);
            p.helperPersonId = Console.parseId("--helper-person", helperPerson);
            p.personId = Console.parseId("--person", person);
            p.householdId = Console.parseId("--household", household);
            p.startsOn = Console.parseDate("--starts", starts);
            p.notes = Console.text(notes);
            PairingDTO saved = pairings.create(p);
            System.out.println(Labels.say("pairing.added", saved.id, saved.helperName, saved.targetName,
                    saved.startsOn));
        });
    }
}
