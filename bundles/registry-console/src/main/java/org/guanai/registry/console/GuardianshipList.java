package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.GuardianCapacity;
import org.guanai.registry.api.GuardianshipDTO;
import org.guanai.registry.api.GuardianshipQuery;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.Status;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.completers.PersonIdCompleter;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "guardianship-list", description = "Lists children's guardians")
public class GuardianshipList implements Action {

    @Reference
    DivisionService divisions;

    @Reference
    GuardianshipService guardianships;

    @Option(name = "--child", description = "The child's person id")
    @Completion(PersonIdCompleter.class)
    String child;

    @Option(name = "--guardian", description = "The guardian's person id")
    @Completion(PersonIdCompleter.class)
    String guardian;

    @Option(name = "--capacity", description = "GOOD, WEAK or NONE")
    @Completion(value = StringsCompleter.class, values = {"GOOD", "WEAK", "NONE"})
    String capacity;

    @Option(name = "--status", description = "ACTIVE or ENDED")
    @Completion(value = StringsCompleter.class, values = {"ACTIVE", "ENDED"})
    String status;

    @Option(name = "--township", description = "Township where the child lives: its name or 9-digit code")
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("guardianship query", () -> {
            GuardianshipQuery query = new GuardianshipQuery();
            query.childId = Console.parseId("--child", child);
            query.guardianId = Console.parseId("--guardian", guardian);
            query.capacity = Labels.parse("--capacity", capacity, GuardianCapacity.class);
            query.status = Labels.parse("--status", status, Status.class);
            query.townshipCode = divisions.townshipCode("--township", township);
            Page<GuardianshipDTO> page = guardianships.list(query, Console.page(offset, limit));

            Table table = new Table().number(Labels.col("id")).column(Labels.col("child")).column(Labels.col("guardian")).column(Labels.col("relation"))
                    .column(Labels.col("capacity")).column(Labels.col("phone")).column(Labels.col("since")).column(Labels.col("status"));
            for (GuardianshipDTO g : page.items) {
                table.row(g.id, name(g.childId, g.childName), name(g.guardianId, g.guardianName), g.relation,
                        g.capacity, g.contactPhone, g.since, g.status);
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "guardianships");
        });
    }

    static String name(Long id, String name) {
        return name == null ? String.valueOf(id) : id + " " + name;
    }
}
