package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianRelation;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "guardianship-add", description = "Registers a child's guardian (both must be registered persons)")
public class GuardianshipAdd implements Action {

    @Reference
    GuardianshipService guardianships;

    @Option(name = "--child", description = "The child's person id", required = true)
    @Completion(PersonIdCompleter.class)
    String child;

    @Option(name = "--guardian", description = "The guardian's person id", required = true)
    @Completion(PersonIdCompleter.class)
    String guardian;

    @Option(name = "--relation", description = "GRANDPARENT, MOTHER, FATHER, OTHER_RELATIVE or ENTRUSTED", required = true)
    @Completion(value = StringsCompleter.class, values = {"GRANDPARENT", "MOTHER", "FATHER", "OTHER_RELATIVE", "ENTRUSTED"})
    String relation;

    @Option(name = "--capacity", description = "Can the guardian care for the child: GOOD, WEAK or NONE", required = true)
    @Completion(value = StringsCompleter.class, values = {"GOOD", "WEAK", "NONE"})
    String capacity;

    @Option(name = "--phone", description = "Contact phone")
    String phone;

    @Option(name = "--since", description = "Guardian since, YYYY-MM-DD")
    String since;

    @Option(name = "--notes", description = "Notes")
    String notes;

    @Override
    public Object execute() throws Exception {
        return Console.run("guardianship", () -> {
            GuardianshipDTO g = new GuardianshipDTO();
            g.childId = Console.parseId("--child", child);
            g.guardianId = Console.parseId("--guardian", guardian);
            g.relation = Labels.parse("--relation", relation, GuardianRelation.class);
            g.capacity = Labels.parse("--capacity", capacity, GuardianCapacity.class);
            g.contactPhone = Console.text(phone);
            g.since = Console.parseDate("--since", since);
            g.notes = Console.text(notes);
            GuardianshipDTO created = guardianships.create(g);
            System.out.println(Labels.say("guardianship.added", created.id,
                    GuardianshipList.name(created.childId, created.childName),
                    GuardianshipList.name(created.guardianId, created.guardianName), Labels.zh(created.relation),
                    Labels.zh(created.capacity)));
        });
    }
}
