package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.MemberRole;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.completers.PersonIdCompleter;

/** A registry person or volunteer joins a group. */
@Service
@Command(scope = "mutualaid", name = "member-add", description = "Adds a person or volunteer to a group")
public class MemberAdd implements Action {

    @Reference
    MembershipService memberships;

    @Option(name = "--group", required = true, description = "Group id")
    String group;

    @Option(name = "--person", description = "Registry person id")
    @Completion(PersonIdCompleter.class)
    String person;

    @Option(name = "--volunteer", description = "Registry volunteer id")
    String volunteer;

    @Option(name = "--role", description = "LEADER (组长) or MEMBER (组员, default)")
    String role;

    @Option(name = "--joined", description = "Day she joined, YYYY-MM-DD (default today)")
    String joined;

    @Override
    public Object execute() throws Exception {
        return Console.run("membership", () -> {
            MembershipDTO m = new MembershipDTO();
            m.groupId = Console.parseId("--group", group);
            m.personId = Console.parseId("--person", person);
            m.volunteerId = Console.parseId("--volunteer", volunteer);
            m.role = Labels.parse("--role", role, MemberRole.class);
            m.joinedOn = Console.parseDate("--joined", joined);
            MembershipDTO saved = memberships.join(m);
            System.out.println(Labels.say("member.joined", saved.id, saved.name, saved.groupName,
                    Labels.label(saved.role), saved.joinedOn));
        });
    }
}
