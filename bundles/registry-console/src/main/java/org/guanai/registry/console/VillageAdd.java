package org.guanai.registry.console;

import org.guanai.registry.console.support.Labels;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.guanai.registry.api.DivisionDTO;
import org.guanai.registry.api.DivisionService;
import org.guanai.shell.api.completers.DivisionCompleter;
import org.guanai.shell.api.Console;

@Service
@Command(scope = "registry", name = "village-add",
        description = "Adds a village (村) or community (社区) the national list lacks to a township; the code is proposed "
                + "(the township's next free one) unless --code gives it")
public class VillageAdd implements Action {

    @Reference
    DivisionService divisions;

    @Option(name = "--township", description = "The township's code or name", required = true)
    @Completion(DivisionCompleter.class)
    String township;

    @Option(name = "--code", description = "The 12-digit code, when the statistics bureau has given one")
    String code;

    @Argument(index = 0, name = "name", description = "The village's name, e.g. 新湖村 or 湖滨社区", required = true)
    String name;

    @Override
    public Object execute() throws Exception {
        return Console.run("village", () -> {
            DivisionDTO village = divisions.addVillage(township, name, Console.text(code));
            System.out.println(Labels.say("village.added", village.code, village.name,
                    divisions.get(village.parentCode).name)
                    + (Console.text(code) == null ? Labels.say("village.codeProposed") : ""));
        });
    }
}
