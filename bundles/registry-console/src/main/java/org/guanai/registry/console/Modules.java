package org.guanai.registry.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.ModuleDTO;
import org.guanai.registry.api.ModuleService;
import org.guanai.shell.api.Console;
import org.guanai.shell.api.Table;

@Service
@Command(scope = "registry", name = "modules", description = "Lists the registry and the optional modules installed")
public class Modules implements Action {

    @Reference
    ModuleService modules;

    @Override
    public Object execute() throws Exception {
        return Console.run("query", () -> {
            Table table = new Table().column("id").column("name").column("English name").column("version")
                    .column("description");
            for (ModuleDTO m : modules.modules()) {
                table.row(m.id, m.nameZh, m.nameEn, m.version, m.description);
            }
            table.print(System.out);
        });
    }
}
