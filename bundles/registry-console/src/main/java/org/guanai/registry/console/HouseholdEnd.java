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
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdService;
import org.guanai.shell.api.completers.HouseholdIdCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "household-end", description = "Ends a household's record (it is kept, not deleted)")
public class HouseholdEnd implements Action {

    @Reference
    HouseholdService households;

    @Argument(index = 0, name = "id", description = "Household id", required = true)
    @Completion(HouseholdIdCompleter.class)
    String id;

    @Option(name = "--date", description = "The day it ended, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "Why, in a few words")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("end of household", () -> {
            long householdId = Console.parseId("id", id);
            EndRequest end = new EndRequest(Console.parseDate("--date", date), null, Console.text(note));
            // The console acts on the record as it is now: its current version.
            HouseholdDTO current = households.get(householdId);
            HouseholdDTO ended = households.end(householdId, current.version, end);
            System.out.println(Labels.say("household.ended", ended.id, ended.headName, ended.endedOn));
        });
    }
}
