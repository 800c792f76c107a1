package org.guanai.mutualaid.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.Page;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;
import org.guanai.shell.api.completers.TownshipCompleter;
import org.guanai.mutualaid.api.GroupDTO;
import org.guanai.mutualaid.api.GroupQuery;
import org.guanai.mutualaid.api.GroupService;

/** One class per verb: the list, as the same user sees it over REST (the service scopes it). */
@Service
@Command(scope = "mutualaid", name = "group-list", description = "Lists groups")
public class GroupList implements Action {

    @Reference
    GroupService records;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township code (9 digits)")
    @Completion(TownshipCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("group query", () -> {
            GroupQuery query = new GroupQuery();
            query.townshipCode = Console.text(township);
            Page<GroupDTO> page = records.list(query, Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number("id").column("name").column("village").column("held on").number("person");
            for (GroupDTO r : page.items) {
                table.row(r.id, r.name, names.name(r.villageCode), r.heldOn, r.personId);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "groups");
        });
    }
}
