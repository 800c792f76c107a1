package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Argument;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipService;
import org.guanai.registry.api.EndRequest;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.shell.api.Console;

/** A member leaves her group (the membership stays on record, ended). */
@Service
@Command(scope = "mutualaid", name = "member-leave", description = "Records that a member left her group")
public class MemberLeave implements Action {

    @Reference
    MembershipService memberships;

    @Argument(index = 0, name = "id", required = true, description = "Membership id")
    String id;

    @Option(name = "--date", description = "Day she left, YYYY-MM-DD (default today)")
    String date;

    @Option(name = "--note", description = "Why, e.g. 外出务工")
    String note;

    @Override
    public Object execute() throws Exception {
        return Console.run("leave", () -> {
            long membership = Console.parseId("id", id);
            MembershipDTO current = memberships.get(membership);
            MembershipDTO left = memberships.leave(membership, current.version,
                    new EndRequest(Console.parseDate("--date", date), null, Console.text(note)));
            System.out.println(Labels.say("member.left", left.name, left.groupName, left.leftOn));
        });
    }
}
