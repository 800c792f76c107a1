package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionLevel;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "division-list", description = "Lists the county's townships, or a township's villages")
public class DivisionList implements Action {

    @Reference
    DivisionService divisions;

    @Argument(index = 0, name = "parent", description = "A township (name or code) for its villages; none for the county's townships")
    @Completion(DivisionCompleter.class)
    String parent;

    @Override
    public Object execute() throws Exception {
        return Console.run("division", () -> {
            String code = Console.text(parent);
            DivisionDTO of = code == null ? divisions.county() : divisions.get(code.chars().allMatch(Character::isDigit)
                    ? code : divisions.townshipCode("parent", code));
            List<DivisionDTO> children = divisions.children(of.code);
            boolean townships = of.level == DivisionLevel.COUNTY;
            System.out.println(Labels.say(townships ? "divisions.townshipsOf" : "divisions.villagesOf", of.name, of.code));
            if (children.isEmpty()) {
                System.out.println(Labels.say(townships ? "divisions.noTownships" : "divisions.noVillages"));
                return;
            }
            Table table = new Table().column(Labels.col("code")).column(Labels.col("title.name"));
            if (townships) {
                table.number(Labels.col("villages"));
            }
            for (DivisionDTO d : children) {
                if (townships) {
                    table.row(d.code, d.name, divisions.children(d.code).size());
                } else {
                    table.row(d.code, d.name);
                }
            }
            table.print(System.out);
            System.out.println(Labels.say(townships ? "divisions.townships" : "divisions.villages", children.size()));
        });
    }
}
