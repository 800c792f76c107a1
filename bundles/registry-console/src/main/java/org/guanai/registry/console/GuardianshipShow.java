package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
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
            System.out.println(Labels.say("guardianship.title", g.id));
            new Details()
                    .add(Labels.field("child"), GuardianshipList.name(g.childId, g.childName))
                    .add(Labels.field("guardian"), GuardianshipList.name(g.guardianId, g.guardianName))
                    .add(Labels.field("relation"), g.relation)
                    .add(Labels.field("capacity"), g.capacity)
                    .add(Labels.field("phone"), g.contactPhone)
                    .add(Labels.field("since"), g.since)
                    .add(Labels.field("notes"), g.notes)
                    .add(Labels.field("status"), g.status)
                    .add(Labels.field("endedOn"), g.endedOn)
                    .add(Labels.field("endNote"), g.endNote)
                    .add(Labels.field("version"), g.version)
                    .print(System.out);
        });
    }
}
