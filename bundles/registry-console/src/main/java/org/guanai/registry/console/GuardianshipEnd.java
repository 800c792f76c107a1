package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.console.completer.GuardianshipIdCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "guardianship-end", description = "Ends a guardianship (it is kept, not deleted)")
public class GuardianshipEnd implements Action {

    @Reference
    GuardianshipService guardianships;

    @Argument(index = 0, name = "id", description = "Guardianship id", required = true)
    @Completion(GuardianshipIdCompleter.class)
    String id;

    @Option(name = "--date", description = "The day it ended, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "Why, in a few words")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("end of guardianship", () -> {
            long guardianshipId = Console.parseId("id", id);
            EndRequest end = new EndRequest(Console.parseDate("--date", date), null, Console.text(note));
            // The console acts on the record as it is now: its current version.
            GuardianshipDTO current = guardianships.get(guardianshipId);
            GuardianshipDTO ended = guardianships.end(guardianshipId, current.version, end);
            System.out.println(Labels.say("guardianship.ended", ended.id,
                    GuardianshipList.name(ended.childId, ended.childName),
                    GuardianshipList.name(ended.guardianId, ended.guardianName), ended.endedOn));
        });
    }
}
