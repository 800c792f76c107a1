package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
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
            Table table = new Table().column(Labels.col("id")).column(Labels.col("title.name")).column(Labels.col("englishName")).column(Labels.col("version"))
                    .column(Labels.col("description"));
            for (ModuleDTO m : modules.modules()) {
                boolean english = org.guanai.registry.api.Message.ENGLISH.equals(Console.language());
                table.row(m.id, m.nameZh, m.nameEn, m.version, english ? m.descriptionEn : m.descriptionZh);
            }
            table.print(System.out);
        });
    }
}
