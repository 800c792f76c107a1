package org.guanai.registry.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.console.completer.GuardianshipIdCompleter;
import org.guanai.shell.api.Console;
import org.guanai.registry.console.support.Details;

@Service
@Command(scope = "registry", name = "guardianship-show", description = "Shows a guardianship")
public class GuardianshipShow implements Action {

    @Reference
    GuardianshipService guardianships;

    @Argument(index = 0, name = "id", description = "Guardianship id", required = true)
    @Completion(GuardianshipIdCompleter.class)
    String id;

    @Override
    public Object execute() throws Exception {
        return Console.run("guardianship", () -> {
            GuardianshipDTO g = guardianships.get(Console.parseId("id", id));
            System.out.println("Guardianship " + g.id);
            new Details()
                    .add("Child", GuardianshipList.name(g.childId, g.childName))
                    .add("Guardian", GuardianshipList.name(g.guardianId, g.guardianName))
                    .add("Relation", g.relation)
                    .add("Capacity", g.capacity)
                    .add("Phone", g.contactPhone)
                    .add("Since", g.since)
                    .add("Notes", g.notes)
                    .add("Status", g.status)
                    .add("Ended on", g.endedOn)
                    .add("End note", g.endNote)
                    .add("Version", g.version)
                    .print(System.out);
        });
    }
}
