package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.HouseholdDTO;
import org.guanai.registry.api.HouseholdQuery;
import org.guanai.registry.api.HouseholdService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.FullViewAction;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "household-list", description = "Lists households with members working away")
public class HouseholdList extends FullViewAction {

    @Reference
    HouseholdService households;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--village", description = "Village: its name (or 乡镇/村) or 12-digit code")
    @Completion(DivisionCompleter.class)
    String village;

    @Option(name = "--status", description = "ACTIVE or ENDED")
    @Completion(value = StringsCompleter.class, values = {"ACTIVE", "ENDED"})
    String status;

    @Option(name = "--hardship", description = "Only hardship families (特困家庭)")
    boolean hardship;

    @Option(name = "--name", description = "Head of household's name starts with this")
    String name;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;


    @Override
    public Object execute() throws Exception {
        return Console.run("household query", () -> fullView("household", () -> {
            HouseholdQuery query = new HouseholdQuery();
            query.townshipCode = divisions.townshipCode("--township", township);
            query.villageCode = divisions.villageCode("--village", village);
            query.status = Labels.parse("--status", status, Status.class);
            query.hardship = hardship ? Boolean.TRUE : null;
            query.namePrefix = Console.text(name);
            Page<HouseholdDTO> page = households.list(query, Console.page(offset, limit));

            DivisionNames names = new DivisionNames(divisions);
            Table table = new Table().number(Labels.col("id")).column(Labels.col("key")).column(Labels.col("head")).column(Labels.col("village")).number(Labels.col("migrants"))
                    .column(Labels.col("hardship")).column(Labels.col("phone")).column(Labels.col("status"));
            for (HouseholdDTO h : page.items) {
                table.row(h.id, h.householdKey, h.headName, names.name(h.villageCode), h.migrantMembers.size(),
                        h.hardship ? Labels.say("hardship.short") : "", h.contactPhone, h.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "households");
            return page.items.stream().map(h -> h.id).toList();
        }));
    }
}
