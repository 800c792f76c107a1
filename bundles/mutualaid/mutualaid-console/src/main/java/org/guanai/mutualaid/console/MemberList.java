package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.mutualaid.api.MembershipDTO;
import org.guanai.mutualaid.api.MembershipQuery;
import org.guanai.mutualaid.api.MembershipService;
import org.guanai.mutualaid.console.support.Labels;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.PersonIdCompleter;

/** A group's members, or one person's groups. */
@Service
@Command(scope = "mutualaid", name = "member-list", description = "Lists a group's members, or a person's groups")
public class MemberList implements Action {

    @Reference
    MembershipService memberships;

    @Option(name = "--group", description = "Group id")
    String group;

    @Option(name = "--person", description = "Registry person id")
    @Completion(PersonIdCompleter.class)
    String person;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            MembershipQuery q = new MembershipQuery();
            q.groupId = Console.parseId("--group", group);
            q.personId = Console.parseId("--person", person);
            Page<MembershipDTO> page = memberships.list(q, Console.page(offset, limit));
            Table table = new Table().number(Labels.col("id")).column(Labels.col("group")).column(Labels.col("person")).column(Labels.col("role")).column(Labels.col("joined"))
                    .column(Labels.col("left"));
            for (MembershipDTO m : page.items) {
                table.row(m.id, m.groupName, m.name, Labels.label(m.role), m.joinedOn, m.leftOn);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, Labels.text("noun.memberships"));
        });
    }
}
