package org.guanai.registry.console;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionService;
import org.guanai.registry.api.GuardianshipService;
import org.guanai.registry.api.Page;
import org.guanai.registry.api.PersonDTO;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.DivisionNames;
import org.guanai.registry.console.support.Labels;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "guardianship-alerts", description = "Lists active left-behind children without a capable guardian")
public class GuardianshipAlerts implements Action {

    @Reference
    GuardianshipService guardianships;

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "Township: its name or 9-digit code")
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--offset", description = "Rows to skip (default 0)")
    String offset;

    @Option(name = "--limit", description = "Rows to show (default 50, at most 500)")
    String limit;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Page<PersonDTO> page = guardianships.childrenWithoutCapableGuardian(divisions.townshipCode("--township", township),
                    Console.page(offset, limit));
            DivisionNames names = new DivisionNames(divisions);
            LocalDate today = LocalDate.now();
            Table table = new Table().number(Labels.col("id")).column(Labels.col("name")).column(Labels.col("gender")).number(Labels.col("age"))
                    .column(Labels.col("schoolStage")).column(Labels.col("phone")).column(Labels.col("village"));
            for (PersonDTO p : page.items) {
                table.row(p.id, p.name, Labels.zh(p.gender), Labels.age(p.birthDate, today), p.schoolStage, p.phone,
                        names.name(p.villageCode));
            }
            if (!table.isEmpty()) {
                table.print(System.out);
            }
            Console.printFooter(System.out, page, "children without a capable guardian");
        });
    }
}
