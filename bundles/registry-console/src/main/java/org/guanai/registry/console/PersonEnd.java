package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.EndReason;
import org.guanai.registry.api.EndRequest;
import org.guanai.registry.api.PersonDTO;
import org.guanai.registry.api.PersonService;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "person-end", description = "Ends a person's care with a reason (the record is kept)")
public class PersonEnd implements Action {

    @Reference
    PersonService persons;

    @Argument(index = 0, name = "id", description = "Person id", required = true)
    @Completion(PersonIdCompleter.class)
    String id;

    @Option(name = "--reason", required = true, description = "PARENT_RETURNED, TURNED_16, MOVED_AWAY, DECEASED or OTHER")
    @Completion(value = StringsCompleter.class, values = {"PARENT_RETURNED", "TURNED_16", "MOVED_AWAY", "DECEASED", "OTHER"})
    String reason;

    @Option(name = "--date", description = "The day it ended, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "A note")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("end of person", () -> {
            long personId = Console.parseId("id", id);
            EndRequest end = new EndRequest(Console.parseDate("--date", date),
                    Labels.parse("--reason", reason, EndReason.class), Console.text(note));
            // The console acts on the record as it is now: its current version.
            PersonDTO current = persons.get(personId);
            PersonDTO ended = persons.end(personId, current.version, end);
            System.out.println(Labels.say("person.ended", ended.id, ended.name, ended.endedOn,
                    Labels.zh(ended.endReason)));
        });
    }
}
